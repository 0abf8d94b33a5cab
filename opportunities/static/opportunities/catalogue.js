// Catalogue enhancement: a click on the map searches around that point (the form also works
// without it, with a municipality name).
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
})();
