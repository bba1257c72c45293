// The map page: country outlines from world-atlas (TopoJSON), then the map-events template's rows,
// one circle marker per place, coloured by its most frequent kind, sized by its number of events.
(function () {
  'use strict';
  var COLOURS = { Meeting: '#1f6fb4', Attack: '#c62828', Negotiation: '#2e7d32' };
  var map = L.map('map', { worldCopyJump: true, zoomSnap: 0.5 }).setView([10, 20], 2);
  var markers = L.featureGroup().addTo(map);

  fetch('/assets/world-atlas/countries-110m.json').then(function (r) { return r.json(); }).then(function (world) {
    var countries = topojson.feature(world, world.objects.countries);
    // A ring that crosses the antimeridian (Fiji, Chukotka) spans the whole map as a flat map draws
    // it, a stripe across the world: such rings are left out.
    countries.features.forEach(function (f) {
      var g = f.geometry;
      if (!g) return;
      var polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      polygons = polygons.filter(function (rings) {
        var lons = rings[0].map(function (p) { return p[0]; });
        return Math.max.apply(null, lons) - Math.min.apply(null, lons) < 180;
      });
      f.geometry = { type: 'MultiPolygon', coordinates: polygons };
    });
    L.geoJSON(countries, {
      interactive: false,
      style: { color: '#8a8a8a', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }
    }).addTo(map).bringToBack();
  });

  var text = NewsKG.text, value = NewsKG.value, local = NewsKG.local;

  function draw(rows) {
    markers.clearLayers();
    var places = {};
    rows.forEach(function (row) {
      var key = value(row, 'place');
      var p = places[key] || (places[key] = { label: value(row, 'placeLabel') || key, lat: +value(row, 'lat'),
        lon: +value(row, 'lon'), events: [], kinds: {} });
      var kind = value(row, 'kind');
      p.events.push({ iri: value(row, 'event'), kind: kind, date: value(row, 'date'), sources: value(row, 'sources') || '0',
        outlets: value(row, 'outlets') || '0' });
      p.kinds[kind] = (p.kinds[kind] || 0) + 1;
    });
    var count = 0;
    Object.keys(places).forEach(function (key) {
      var p = places[key];
      var kind = Object.keys(p.kinds).sort(function (a, b) { return p.kinds[b] - p.kinds[a]; })[0];
      var items = p.events.map(function (e) {
        return '<li><a href="' + text(local(e.iri)) + '">' + text(e.kind) + '</a> ' + text(e.date || 'undated') + ': '
          + text(e.sources) + ' source(s), ' + text(e.outlets) + ' outlet(s)</li>';
      }).join('');
      L.circleMarker([p.lat, p.lon], {
        radius: Math.min(6 + 3 * Math.sqrt(p.events.length), 24), color: '#222', weight: 1,
        fillColor: COLOURS[kind] || '#666', fillOpacity: 0.85, className: 'event-marker'
      }).bindPopup('<strong>' + text(p.label) + '</strong>: ' + p.events.length + ' event(s)<ul class="events">' + items + '</ul>')
        .addTo(markers);
      count += p.events.length;
    });
    if (markers.getLayers().length) map.fitBounds(markers.getBounds().pad(0.3), { maxZoom: 6 });
    return count + ' event(s) at ' + Object.keys(places).length + ' place(s).';
  }

  NewsKG.follow('map-events', draw);
}());
