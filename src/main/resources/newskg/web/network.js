// The network page: the network-edges template's rows as a graph (cytoscape.js). Nodes are actors,
// places and negotiations, coloured by kind; an edge's width grows with its events; a click on an
// edge lists its events (template edge-events), each with its numbers of sources and outlets, linked
// to its page.
(function () {
  'use strict';
  var value = NewsKG.value, text = NewsKG.text, local = NewsKG.local;
  var COLOURS = { person: '#7b4fa0', country: '#1f6fb4', organization: '#d08a00', place: '#8a8a8a', event: '#2e7d32' };
  var panel = document.getElementById('edge-events');
  var cy = cytoscape({
    container: document.getElementById('network'),
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': 'data(colour)', width: 14, height: 14 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#999', 'curve-style': 'bezier', label: 'data(relation)',
        'font-size': 8, color: '#555', 'text-rotation': 'autorotate' } },
      { selector: 'edge[relation = "attacked in"]', style: { 'line-color': '#c62828', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#c62828' } },
      { selector: 'edge[relation = "rejected"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge:selected', style: { 'line-color': '#000' } }
    ]
  });
  // Tests and the browser's console reach the graph here.
  window.newskgNetwork = cy;

  /** The kind of one of our IRIs, its first path segment after /id/ (person, country, ...). */
  function kind(iri) {
    var path = local(iri).split('/');
    return path[1] === 'id' ? path[2] : 'other';
  }

  function node(nodes, iri, label) {
    if (!nodes[iri]) nodes[iri] = { data: { id: iri, label: label || iri, colour: COLOURS[kind(iri)] || '#444' } };
  }

  function draw(rows) {
    var nodes = {};
    var edges = rows.map(function (row) {
      var from = value(row, 'from'), to = value(row, 'to'), events = +value(row, 'events');
      node(nodes, from, value(row, 'fromLabel'));
      node(nodes, to, value(row, 'toLabel'));
      return { data: { id: value(row, 'relation') + ' ' + from + ' ' + to, source: from, target: to, relation: value(row, 'relation'),
        events: events, width: Math.min(1 + 2 * Math.sqrt(events), 12) } };
    });
    cy.elements().remove();
    cy.add(Object.keys(nodes).map(function (k) { return nodes[k]; }).concat(edges));
    cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 8000; } }).run();
    var gexf = new URLSearchParams(new FormData(document.getElementById('filters')));
    document.getElementById('gexf').href = '/network.gexf?' + gexf.toString();
    document.getElementById('csv').href = '/api/queries/network-edges.csv?' + gexf.toString();
    return Object.keys(nodes).length + ' node(s), ' + edges.length + ' edge(s).';
  }

  cy.on('tap', 'edge', function (e) {
    var d = e.target.data();
    var title = '<h2>' + text(e.target.source().data('label')) + ' ' + text(d.relation) + ' ' + text(e.target.target().data('label'))
      + ': ' + d.events + ' event(s)</h2>';
    panel.innerHTML = title + '<p>Loading the events...</p>';
    NewsKG.rows('edge-events', new URLSearchParams({ relation: d.relation, actor: d.source, other: d.target }))
      .then(function (rows) {
        var items = rows.map(function (row) {
          var outlets = value(row, 'outlets');
          return '<li><a href="' + text(local(value(row, 'event'))) + '">' + text(value(row, 'kind')) + '</a> '
            + text(value(row, 'date') || 'undated') + (value(row, 'place') ? ' in ' + text(value(row, 'place')) : '') + ': '
            + text(value(row, 'sources') || '0') + ' source(s), ' + text(outlets || '0') + ' outlet(s)</li>';
        }).join('');
        var more = d.events > rows.length ? '<p>The newest ' + rows.length + '; the others through the edge-events template.</p>' : '';
        panel.innerHTML = title + '<ul class="events">' + items + '</ul>' + more;
      })
      .catch(function (err) { panel.innerHTML = title + '<p>Could not load the events: ' + text(err.message) + '</p>'; });
  });

  NewsKG.follow('network-edges', draw);
}());
