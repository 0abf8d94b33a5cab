// Suggestions while typing in the site search box: place names and site titles from
// /<language>/search/autocomplete/, offered through the input's <datalist>. Without this
// script the form works the same; with it, typing three letters of a town is enough.
(function () {
  "use strict";
  var input = document.querySelector("[data-autocomplete-url]");
  if (!input || !window.fetch) return;
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var last = "";

  function show(suggestions) {
    list.replaceChildren();
    suggestions.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.text;
      list.appendChild(option);
    });
  }

  input.addEventListener("input", function () {
    var value = input.value.trim();
    clearTimeout(timer);
    if (value.length < 2 || value === last) return;
    timer = setTimeout(function () {
      last = value;
      var url = input.getAttribute("data-autocomplete-url") + "?q=" + encodeURIComponent(value);
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { show(data.suggestions || []); })
        .catch(function () { /* suggestions are a nicety: the search still works */ });
    }, 150);
  });
})();
