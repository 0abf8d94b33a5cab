// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // The main menu's button on narrow screens: site.css folds and shows the list from aria-expanded,
  // so the menu's first state is painted without this file and nothing shifts when it runs.
  var toggle = document.querySelector(".main-nav__toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      toggle.setAttribute("aria-expanded", String(toggle.getAttribute("aria-expanded") !== "true"));
    });
  }

  // Videos: replace the link with the player only when the visitor asks for it.
  document.querySelectorAll("[data-video]").forEach(function (figure) {
    var link = figure.querySelector(".video__play");
    if (!link) return;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var iframe = document.createElement("iframe");
      iframe.src = figure.getAttribute("data-embed-url");
      iframe.title = link.textContent.trim();
      iframe.allow = "autoplay; fullscreen; picture-in-picture";
      iframe.setAttribute("allowfullscreen", "");
      link.replaceWith(iframe);
      iframe.focus();
    });
  });
})();
