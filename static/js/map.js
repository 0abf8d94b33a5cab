// Maps: Leaflet, served by the site. Tiles come from the configured tile server; when they
// cannot load, markers still show on a plain background and the page's list stays complete.
(function () {
  "use strict";
  if (!window.L) return;

  function popupContent(props) {
    var wrap = document.createElement("div");
    var link = document.createElement("a");
    link.href = props.url || "#";
    link.textContent = props.title || "";
    var title = document.createElement("strong");
    title.appendChild(link);
    wrap.appendChild(title);
    if (props.summary) {
      var p = document.createElement("p");
      p.textContent = props.summary; // text only: never HTML from data
      wrap.appendChild(p);
    }
    return wrap;
  }

  document.querySelectorAll("[data-map]").forEach(function (element) {
    var source = document.getElementById(element.getAttribute("data-geojson"));
    var data;
    try {
      data = source ? JSON.parse(source.textContent) : { type: "FeatureCollection", features: [] };
    } catch (e) {
      return;
    }
    element.textContent = "";
    element.classList.add("map--ready");
    var map = L.map(element, { scrollWheelZoom: false, keyboard: true }).setView([45.6, 9.8], 8);
    var tiles = element.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: element.getAttribute("data-attribution") || "" }).addTo(map);
    }
    var layer = L.geoJSON(data, {
      pointToLayer: function (feature, latlng) {
        return L.marker(latlng, { title: feature.properties.title || "", alt: feature.properties.title || "", keyboard: true });
      },
      onEachFeature: function (feature, lyr) {
        lyr.bindPopup(popupContent(feature.properties || {}));
      },
    }).addTo(map);
    if (layer.getLayers().length) {
      map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 12 });
    }
    element.leafletMap = map;
    element.leafletLayer = layer;
    if (element.hasAttribute("data-clickable")) {
      // Pages listen for "map:pick" to offer "within N km of this point".
      map.on("click", function (event) {
        element.dispatchEvent(new CustomEvent("map:pick", { bubbles: true, detail: event.latlng }));
      });
    }
    element.dispatchEvent(new CustomEvent("map:ready", { bubbles: true, detail: { map: map, layer: layer } }));
  });
})();
