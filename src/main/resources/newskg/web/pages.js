// What the scripted pages share: reading a template's JSON rows with the filters' values as its
// parameters, escaping text, and the local path of one of our IRIs.
var NewsKG = (function () {
  'use strict';
  var BASE = 'https://w3id.org/newskg/id/';

  function text(s) {
    var span = document.createElement('span');
    span.textContent = s == null ? '' : String(s);
    return span.innerHTML;
  }

  function value(row, name) {
    return row[name] ? row[name].value : null;
  }

  /** The path on this server of one of our IRIs: /id/... */
  function local(iri) {
    return iri.indexOf(BASE) === 0 ? '/id/' + iri.substring(BASE.length) : iri;
  }

  /** A promise of template {@code name}'s JSON rows for {@code params} (URLSearchParams). */
  function rows(name, params) {
    return fetch('/api/queries/' + name + '?' + params.toString(), { headers: { Accept: 'application/sparql-results+json' } })
      .then(function (r) {
        if (!r.ok) return r.text().then(function (t) { throw new Error(t || r.statusText); });
        return r.json();
      })
      .then(function (data) { return data.results.bindings; });
  }

  /**
   * Runs template {@code name} with the non-empty fields of form #filters as parameters, now and on
   * each submit, and hands its rows to {@code draw}; #status says what is happening.
   */
  function follow(name, draw) {
    var form = document.getElementById('filters');
    var status = document.getElementById('status');
    function load() {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (v, k) { if (v) params.append(k, v); });
      status.textContent = 'Loading events...';
      rows(name, params)
        .then(function (bindings) { status.textContent = draw(bindings); })
        .catch(function (e) { status.textContent = 'Could not load the events: ' + e.message; });
    }
    form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
    load();
  }

  return { text: text, value: value, local: local, rows: rows, follow: follow };
}());
