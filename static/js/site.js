// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Collapsible main menu on narrow screens.
  var toggle = document.querySelector(".main-nav__toggle");
  var list = document.getElementById("main-menu");
  if (toggle && list) {
    toggle.hidden = false;
    list.setAttribute("data-collapsed", "true");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      list.setAttribute("data-collapsed", String(open));
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
