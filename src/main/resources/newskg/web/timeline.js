// The timeline page: the timeline-items template's rows, one row per kind. A date known only to its
// week, month or year is drawn as that span (a range), a day as a point in time (a box).
(function () {
  'use strict';
  var value = NewsKG.value;
  var groups = new vis.DataSet(['Meeting', 'Attack', 'Negotiation'].map(function (k) { return { id: k, content: k }; }));
  var items = new vis.DataSet();
  var timeline = new vis.Timeline(document.getElementById('timeline'), items, groups,
    { orientation: 'top', stack: true, maxHeight: 600, zoomMin: 1000 * 60 * 60 * 24 * 7 });

  /** The first day after the period of this precision that starts at {@code date} (yyyy-mm-dd), or null for a day. */
  function end(date, precision) {
    var d = new Date(date + 'T00:00:00Z');
    if (precision === 'week') d.setUTCDate(d.getUTCDate() + 7);
    else if (precision === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 1);
    else if (precision === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1, 0, 1);
    else return null;
    return d.toISOString().substring(0, 10);
  }

  function draw(rows) {
    items.clear();
    items.add(rows.map(function (row) {
      var date = value(row, 'date');
      var precision = value(row, 'precision') || 'day';
      var kind = value(row, 'kind');
      var item = { id: value(row, 'event'), group: kind, start: date, className: kind,
        content: date + (precision === 'day' ? '' : ' (' + precision + ')') + ' ' + (value(row, 'place') || kind),
        title: kind + ': ' + (value(row, 'sources') || '0') + ' source(s), ' + (value(row, 'outlets') || '0') + ' outlet(s)' };
      var until = end(date, precision);
      if (until) {
        item.end = until;
        item.type = 'range';
      } else {
        item.type = 'box';
      }
      return item;
    }));
    if (rows.length) timeline.fit({ animation: false });
    return rows.length + ' dated event(s)' + (rows.length ? ', ' + value(rows[0], 'date') + ' to ' + value(rows[rows.length - 1], 'date') : '') + '.';
  }

  timeline.on('select', function (props) {
    if (props.items.length) window.location.href = NewsKG.local(props.items[0]);
  });
  NewsKG.follow('timeline-items', draw);
}());
