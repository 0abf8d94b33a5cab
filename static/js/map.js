// Maps: Leaflet, served by the site. The base layer is Lombardy's province outlines, shipped with the
// site (static/geo/provinces.geojson), so a map reads without any tile server; tiles, when configured,
// are drawn beneath the outlines. Pins close together on screen merge into a numbered cluster, which
// zooms in when selected. The page's list stays complete whatever the map shows.
(function () {
  "use strict";
  if (!window.L) return;

  var CLUSTER_PX = 40; // pins nearer than this on screen are one cluster
  var lang = (document.documentElement.lang || "en").slice(0, 2);

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

  function clusterPopup(members) {
    var list = document.createElement("ul");
    list.className = "map__cluster-list";
    members.forEach(function (member) {
      var item = document.createElement("li");
      item.appendChild(popupContent(member.feature.properties || {}));
      list.appendChild(item);
    });
    return list;
  }

  function escapeText(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }

  function drawOutlines(map, element, hasTiles, fitWhenAlone) {
    var url = element.getAttribute("data-outlines");
    if (!url || !window.fetch) return;
    fetch(url, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        var outlines = L.geoJSON(data, {
          pane: "outlines",
          interactive: false,
          style: { className: "map__province", color: "#59636b", weight: 1.2, fillColor: "#ffffff", fillOpacity: hasTiles ? 0 : 0.85 },
        }).addTo(map);
        data.features.forEach(function (feature) {
          var props = feature.properties || {};
          if (!props.label) return;
          var name = (props.names && props.names[lang]) || props.name;
          L.tooltip({ permanent: true, direction: "center", className: "map__label", pane: "labels", interactive: false })
            .setLatLng([props.label[1], props.label[0]])
            .setContent(escapeText(name))
            .addTo(map);
        });
        if (fitWhenAlone) map.fitBounds(outlines.getBounds());
        element.setAttribute("data-outlines-drawn", String(data.features.length));
        element.dispatchEvent(new CustomEvent("map:outlines", { bubbles: true }));
      })
      .catch(function () {
        // Without the outlines the pins still show on a plain background.
      });
  }

  function Clusters(map, points, labelTemplate) {
    var group = L.layerGroup().addTo(map);

    function pin(point) {
      var title = point.feature.properties.title || "";
      var marker = L.marker(point.latlng, { title: title, alt: title, keyboard: true });
      marker.bindPopup(popupContent(point.feature.properties || {}));
      return marker;
    }

    function cluster(members) {
      var bounds = L.latLngBounds(members.map(function (m) { return m.latlng; }));
      var label = labelTemplate.replace("__count__", members.length);
      var marker = L.marker(bounds.getCenter(), {
        title: label,
        alt: label,
        keyboard: true,
        icon: L.divIcon({ className: "map__cluster", html: "<span>" + members.length + "</span>", iconSize: [36, 36] }),
      });
      marker.on("click", function () {
        var target = map.getBoundsZoom(bounds, false, L.point(24, 24));
        if (target > map.getZoom() && map.getZoom() < map.getMaxZoom()) {
          map.fitBounds(bounds, { padding: [24, 24] });
        } else {
          // Same spot even at the closest zoom: list them instead.
          marker.unbindPopup().bindPopup(clusterPopup(members)).openPopup();
        }
      });
      return marker;
    }

    function render() {
      group.clearLayers();
      var cells = {};
      points.forEach(function (point) {
        var p = map.latLngToLayerPoint(point.latlng);
        var key = Math.floor(p.x / CLUSTER_PX) + ":" + Math.floor(p.y / CLUSTER_PX);
        (cells[key] = cells[key] || []).push(point);
      });
      Object.keys(cells).forEach(function (key) {
        var members = cells[key];
        var marker = members.length === 1 ? pin(members[0]) : cluster(members);
        marker.addTo(group);
        marker.getElement().setAttribute("data-count", String(members.length));
      });
    }

    map.on("zoomend", render);
    render();
    return group;
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
    var map = L.map(element, { scrollWheelZoom: false, keyboard: true, maxZoom: 18 }).setView([45.6, 9.8], 8);
    map.createPane("outlines").style.zIndex = 350; // above tiles, below sites' own shapes
    map.createPane("labels").style.zIndex = 450;
    map.getPane("labels").style.pointerEvents = "none";

    var tiles = element.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: element.getAttribute("data-attribution") || "" }).addTo(map);
    }
    map.attributionControl.addAttribution(escapeText(element.getAttribute("data-outlines-credit") || ""));

    var points = [];
    var shapes = L.geoJSON(data, {
      filter: function (feature) {
        if (feature.geometry && feature.geometry.type === "Point") {
          var c = feature.geometry.coordinates;
          points.push({ latlng: L.latLng(c[1], c[0]), feature: feature });
          return false;
        }
        return true;
      },
      style: function (feature) {
        // A municipality's outline frames the site; it is not a place to select.
        return feature.properties && feature.properties.outline
          ? { className: "map__municipality", color: "#1f4e79", weight: 2, dashArray: "6 4", fill: false, interactive: false }
          : { className: "map__shape" };
      },
      onEachFeature: function (feature, lyr) {
        if (!(feature.properties && feature.properties.outline)) lyr.bindPopup(popupContent(feature.properties || {}));
      },
    }).addTo(map);

    var bounds = shapes.getBounds();
    points.forEach(function (point) { bounds.extend(point.latlng); });
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13 });
    }
    drawOutlines(map, element, Boolean(tiles), !bounds.isValid());
    var pins = Clusters(map, points, element.getAttribute("data-cluster-label") || "__count__");

    element.setAttribute("data-pins", String(points.length));
    element.leafletMap = map;
    element.leafletLayer = pins;
    if (element.hasAttribute("data-clickable")) {
      // Pages listen for "map:pick" to offer "within N km of this point".
      map.on("click", function (event) {
        element.dispatchEvent(new CustomEvent("map:pick", { bubbles: true, detail: event.latlng }));
      });
    }
    element.dispatchEvent(new CustomEvent("map:ready", { bubbles: true, detail: { map: map, layer: pins } }));
  });
})();
