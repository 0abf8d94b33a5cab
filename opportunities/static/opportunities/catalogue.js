// Catalogue enhancements; the form works without them.
// - A click on the map searches around that point (without JS, a municipality name does it).
// - As filters change, the number of matching sites is announced before the form is sent,
//   from the public catalogue API, which reads the same parameters as this form.
// - On a narrow screen the filters fold under a button that carries that number (issue 17).
(function () {
  "use strict";
  var form = document.querySelector("[data-catalogue-form]");
  if (!form) return;
  document.addEventListener("map:pick", function (event) {
    var lat = form.querySelector("[name=near_lat]");
    var lon = form.querySelector("[name=near_lon]");
    var near = form.querySelector("[name=near]");
    if (!lat || !lon) return;
    lat.value = event.detail.lat.toFixed(5);
    lon.value = event.detail.lng.toFixed(5);
    if (near) near.value = "";
    form.submit();
  });
  var note = form.querySelector("[data-map-point-note]");
  if (note) note.hidden = false;

  var live = form.querySelector("[data-live-count]");
  if (!live || !window.fetch || !window.URLSearchParams) return;
  var timer = null;
  var latest = 0;

  function parameters() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      // The API refuses what it does not know; the page's own sort and paging do not change the count.
      if (value !== "" && name !== "sort" && name !== "page") params.append(name, value);
    });
    params.set("locale", live.getAttribute("data-locale"));
    params.set("page_size", "1");
    return params;
  }

  function update() {
    var request = ++latest;
    fetch(live.getAttribute("data-count-url") + "?" + parameters().toString(), {
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (request !== latest) return; // an older answer arriving late
        live.textContent = data ? live.getAttribute("data-label") + " " + data.meta.total : "";
        if (data) form.dispatchEvent(new CustomEvent("catalogue:count", { detail: { total: data.meta.total } }));
      })
      .catch(function () {
        live.textContent = "";
      });
  }

  form.addEventListener("change", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 300);
  });
})();

// On a narrow screen (below the 60rem of opportunities.css) the results come first and the filters
// fold into a panel, closed at first, under a button that says how many sites they find; the number
// follows the live count above. On a wide screen the button is not shown and the filters stay beside
// the results. Without scripting (opportunities.css asks) the filters are simply shown after the results.
(function () {
  "use strict";
  var catalogue = document.querySelector("[data-catalogue]");
  var toggle = catalogue && catalogue.querySelector("[data-filters-toggle]");
  var panel = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  var formsData = toggle && document.getElementById(toggle.getAttribute("data-forms"));
  if (!panel || !formsData) return;
  // [[sample number, text with __count__]]: each plural form of the label in the page's language.
  var forms = JSON.parse(formsData.textContent);
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;

  function label(total) {
    var form = forms[forms.length - 1][1];
    for (var i = 0; rules && i < forms.length; i++) {
      if (rules.select(forms[i][0]) === rules.select(total)) {
        form = forms[i][1];
        break;
      }
    }
    return form.replace("__count__", String(total));
  }

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    panel.classList.toggle("catalogue__filters--open", open);
  }

  // Filters the server refused stay in view, where the error summary's links lead.
  setOpen(!!document.querySelector(".catalogue__errors"));
  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  panel.addEventListener("catalogue:count", function (event) {
    toggle.textContent = label(event.detail.total);
  });
})();
