// Suggestions for the name inputs of the templates page: as a name is typed, the find-by-name
// template's matches fill the shared datalist (name, kind, articles), and the chosen IRI goes in.
(function () {
  'use strict';
  var list = document.getElementById('names');
  var pending = null;
  document.querySelectorAll('input.name').forEach(function (input) {
    input.addEventListener('input', function () {
      var words = input.value.trim();
      if (words.length < 2 || words.indexOf('://') >= 0) return;
      clearTimeout(pending);
      pending = setTimeout(function () {
        fetch('/api/queries/find-by-name?name=' + encodeURIComponent(words), { headers: { Accept: 'application/sparql-results+json' } })
          .then(function (r) { return r.ok ? r.json() : { results: { bindings: [] } }; })
          .then(function (data) {
            list.innerHTML = '';
            data.results.bindings.slice(0, 20).forEach(function (row) {
              var option = document.createElement('option');
              option.value = row.thing.value;
              option.label = (row.canonicalName ? row.canonicalName.value : row.thing.value) + ' (' + row.kind.value + ', '
                + row.articles.value + ' articles)';
              list.appendChild(option);
            });
          });
      }, 200);
    });
  });
}());
