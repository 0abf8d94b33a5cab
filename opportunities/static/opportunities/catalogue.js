// Catalogue enhancements; the form works without them.
// - A click on the map searches around that point (without JS, a municipality name does it).
// - As filters change, the number of matching sites is announced before the form is sent,
//   from the public catalogue API, which reads the same parameters as this form.
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
