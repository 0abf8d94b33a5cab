// Maps: Leaflet, served by the site. The base layer is Lombardy's province outlines, shipped with the
// site (static/geo/provinces.geojson), so a map reads without any tile server; tiles, when configured,
// are drawn beneath the outlines. Pins that would touch on screen merge into a numbered cluster, which
// zooms in when selected. The page's list stays complete whatever the map shows.
// Leaflet is loaded, and a map built, only when the map comes near the screen; its box keeps its size
// meanwhile (site.css), so nothing moves. A map with data-view-url (the catalogue) asks that address for
// what its view holds each time the view settles: the sites, or above a limit the server's clusters.
(function () {
  "use strict";

  var CLUSTER_HALF_PX = 18; // a cluster is a 36 px circle (site.css)
  var TARGET_GAP_PX = 4; // free space kept between two targets on the map
  var GRID_PX = 64; // wider than the distance between the points of any two targets that touch
  var VIEW_DELAY_MS = 250; // a view is asked for once it has settled this long
  var NEAR_SCREEN = "200px 0px"; // how close to the screen a map starts
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

  // A numbered circle that is a real button: focusable, announced as "N sites", Enter or a click selects it.
  function clusterMarker(latlng, count, labelTemplate, onSelect) {
    var label = labelTemplate.replace("__count__", count);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "map__cluster-button";
    button.setAttribute("aria-label", label);
    button.title = label;
    button.textContent = String(count);
    var marker = L.marker(latlng, {
      keyboard: false, // the button inside is what takes the focus
      icon: L.divIcon({ className: "map__cluster", html: button, iconSize: [36, 36] }),
    });
    marker.on("click", onSelect);
    return marker;
  }

  // What a target covers on screen around its point: Leaflet's default pin (25 x 41 px, anchored at its
  // tip) or the 36 px cluster circle (anchored at its centre).
  function targetBox(group) {
    var p = group.point;
    if (group.pin) {
      var size = L.Icon.Default.prototype.options.iconSize;
      var anchor = L.Icon.Default.prototype.options.iconAnchor;
      return { left: p.x - anchor[0], right: p.x - anchor[0] + size[0], top: p.y - anchor[1], bottom: p.y - anchor[1] + size[1] };
    }
    return { left: p.x - CLUSTER_HALF_PX, right: p.x + CLUSTER_HALF_PX, top: p.y - CLUSTER_HALF_PX, bottom: p.y + CLUSTER_HALF_PX };
  }

  function tooClose(a, b) {
    return a.left < b.right + TARGET_GAP_PX && b.left < a.right + TARGET_GAP_PX &&
      a.top < b.bottom + TARGET_GAP_PX && b.top < a.bottom + TARGET_GAP_PX;
  }

  // Places (pins, or the server's clusters: {latlng, count, bounds, feature}) merged until no two targets
  // on screen overlap or touch, so each can be told apart and selected (WCAG 2.5.8). A merged group sits
  // at its members' weighted centre; a pass that merged is followed by another, since a group that grew
  // or moved may now touch one more. Each pass looks only at neighbouring cells of a grid wider than any
  // two touching targets are apart.
  function separate(map, places) {
    var groups = places.map(function (place) {
      return { members: [place], count: place.count, bounds: L.latLngBounds(place.bounds), point: map.latLngToLayerPoint(place.latlng), pin: Boolean(place.feature) };
    });
    var merged = true;
    while (merged) {
      merged = false;
      var cells = {};
      groups.forEach(function (group) {
        var key = Math.floor(group.point.x / GRID_PX) + ":" + Math.floor(group.point.y / GRID_PX);
        (cells[key] = cells[key] || []).push(group);
      });
      groups.forEach(function (group) {
        if (group.absorbed) return;
        var cx = Math.floor(group.point.x / GRID_PX);
        var cy = Math.floor(group.point.y / GRID_PX);
        for (var dx = -1; dx <= 1; dx++) {
          for (var dy = -1; dy <= 1; dy++) {
            (cells[(cx + dx) + ":" + (cy + dy)] || []).forEach(function (other) {
              if (other === group || other.absorbed || !tooClose(targetBox(group), targetBox(other))) return;
              var total = group.count + other.count;
              group.point = L.point(
                (group.point.x * group.count + other.point.x * other.count) / total,
                (group.point.y * group.count + other.point.y * other.count) / total
              );
              group.members = group.members.concat(other.members);
              group.count = total;
              group.bounds.extend(other.bounds);
              group.pin = false;
              other.absorbed = true;
              merged = true;
            });
          }
        }
      });
      groups = groups.filter(function (group) { return !group.absorbed; });
    }
    return groups;
  }

  function Clusters(map, points, labelTemplate) {
    var group = L.layerGroup().addTo(map);
    var places = [];

    function pin(point) {
      var title = point.feature.properties.title || "";
      var marker = L.marker(point.latlng, { title: title, alt: title, keyboard: true });
      marker.bindPopup(popupContent(point.feature.properties || {}));
      return marker;
    }

    function cluster(found) {
      var bounds = found.bounds;
      var marker = clusterMarker(map.layerPointToLatLng(found.point), found.count, labelTemplate, function () {
        var target = map.getBoundsZoom(bounds, false, L.point(24, 24));
        var allPins = found.members.every(function (member) { return member.feature; });
        if (!allPins || (target > map.getZoom() && map.getZoom() < map.getMaxZoom())) {
          map.fitBounds(bounds, { padding: [24, 24] });
        } else {
          // Same spot even at the closest zoom: list them instead.
          marker.unbindPopup().bindPopup(clusterPopup(found.members)).openPopup();
        }
      });
      return marker;
    }

    function render() {
      group.clearLayers();
      separate(map, places).forEach(function (found) {
        var marker = found.pin ? pin(found.members[0]) : cluster(found);
        marker.addTo(group);
        marker.getElement().setAttribute("data-count", String(found.count));
      });
    }

    function placesOf(newPoints, serverClusters) {
      var pins = newPoints.map(function (point) {
        return { latlng: point.latlng, count: 1, bounds: [point.latlng, point.latlng], feature: point.feature };
      });
      return pins.concat(serverClusters);
    }

    places = placesOf(points, []);
    map.on("zoomend", render);
    render();
    return {
      group: group,
      // A new view from the server: its sites, or its clusters ({latlng, count, bounds}).
      show: function (newPoints, serverClusters) {
        places = placesOf(newPoints || [], serverClusters || []);
        render();
      },
    };
  }

  function pointsOf(features) {
    return features.map(function (feature) {
      var c = feature.geometry.coordinates;
      return { latlng: L.latLng(c[1], c[0]), feature: feature };
    });
  }

  // The catalogue's map: each settled view is asked for (the list's filters are in the address), and
  // drawn as the server's clusters or as pins, which cluster on screen as on every map.
  function ServerView(map, element, pins, labelTemplate, onFirst) {
    var url = element.getAttribute("data-view-url");
    var timer = null;
    var latest = 0;
    var first = true;

    function clamp(value, low, high) {
      return Math.min(Math.max(value, low), high);
    }

    function draw(data) {
      if (data.clustered) {
        pins.show(null, data.features.map(function (feature) {
          var c = feature.geometry.coordinates;
          var b = feature.properties.bounds;
          return { latlng: L.latLng(c[1], c[0]), count: feature.properties.count, bounds: [[b[0], b[1]], [b[2], b[3]]] };
        }));
      } else {
        pins.show(pointsOf(data.features));
      }
      element.setAttribute("data-pins", String(data.clustered ? 0 : data.features.length));
      element.setAttribute("data-total", String(data.total));
      element.setAttribute("data-clustered", String(Boolean(data.clustered)));
      if (first) {
        first = false;
        onFirst();
      }
      element.dispatchEvent(new CustomEvent("map:view", { bubbles: true, detail: data }));
    }

    function ask() {
      var b = map.getBounds();
      var box = [clamp(b.getSouth(), -90, 90), clamp(b.getWest(), -180, 180), clamp(b.getNorth(), -90, 90), clamp(b.getEast(), -180, 180)];
      var address = new URL(url, window.location.href);
      address.searchParams.set("bbox", box.map(function (v) { return v.toFixed(5); }).join(","));
      address.searchParams.set("zoom", String(map.getZoom()));
      var request = ++latest;
      fetch(address.toString(), { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (data) {
          if (request === latest) draw(data); // an older view answering late is dropped
        })
        .catch(function () {
          // The map keeps what it drew; the list on the page is complete.
        });
    }

    function settle() {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, VIEW_DELAY_MS);
    }

    map.on("moveend", settle);
    settle();
  }

  function build(element) {
    var source = document.getElementById(element.getAttribute("data-geojson"));
    var data;
    try {
      data = source ? JSON.parse(source.textContent) : { type: "FeatureCollection", features: [] };
    } catch (e) {
      return;
    }
    var fromServer = element.hasAttribute("data-view-url") && window.fetch && window.URL;
    element.textContent = "";
    if (!fromServer) element.classList.add("map--ready");
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
    var extent = (element.getAttribute("data-extent") || "").split(",").map(Number);
    if (extent.length === 4 && extent.every(isFinite)) {
      bounds.extend([extent[0], extent[1]]).extend([extent[2], extent[3]]);
    }
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13 });
    }
    drawOutlines(map, element, Boolean(tiles), !bounds.isValid());
    var labelTemplate = element.getAttribute("data-cluster-label") || "__count__";
    var pins = Clusters(map, points, labelTemplate);
    if (fromServer) {
      ServerView(map, element, pins, labelTemplate, function () {
        element.classList.add("map--ready");
      });
    }

    element.setAttribute("data-pins", String(points.length));
    element.leafletMap = map;
    element.leafletLayer = pins.group;
    if (element.hasAttribute("data-clickable")) {
      // Pages listen for "map:pick" to offer "within N km of this point".
      map.on("click", function (event) {
        element.dispatchEvent(new CustomEvent("map:pick", { bubbles: true, detail: event.latlng }));
      });
    }
    element.dispatchEvent(new CustomEvent("map:ready", { bubbles: true, detail: { map: map, layer: pins.group } }));
  }

  // Leaflet itself, its script and its stylesheet, once for every map of the page, when the first one
  // is about to show (a stylesheet linked in the page's body would hold back what follows it).
  var leaflet = null;
  function fetched(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var node = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) {
        node[name] = attributes[name];
      });
      node.onload = resolve;
      node.onerror = reject;
      document.head.appendChild(node);
    });
  }
  function loadLeaflet(element) {
    if (!leaflet) {
      leaflet = Promise.all([
        window.L ? null : fetched("script", { src: element.getAttribute("data-leaflet") }),
        fetched("link", { rel: "stylesheet", href: element.getAttribute("data-leaflet-css") }),
      ]);
    }
    return leaflet;
  }

  function start(element) {
    loadLeaflet(element).then(function () {
      // Leaflet guesses its marker images' folder from its stylesheet's URL, which fails once static
      // files carry a content hash (production); the unhashed copies sit next to leaflet.js.
      var script = element.getAttribute("data-leaflet");
      L.Icon.Default.imagePath = script.slice(0, script.lastIndexOf("/") + 1) + "images/";
      build(element);
    }, function () {
      // Without Leaflet the fallback text stays: the list on the page holds every place.
    });
  }

  var elements = document.querySelectorAll("[data-map]");
  if (!("IntersectionObserver" in window)) {
    elements.forEach(start);
    return;
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      observer.unobserve(entry.target);
      start(entry.target);
    });
  }, { rootMargin: NEAR_SCREEN });
  elements.forEach(function (element) {
    observer.observe(element);
  });
})();
