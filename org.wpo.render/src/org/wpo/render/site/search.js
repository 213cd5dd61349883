/* Client-side search over the index in search-index.js (window.WPO_SEARCH); no network access.
   Results are built with DOM calls and textContent only, never as markup. */
(function () {
	'use strict';
	var input = document.getElementById('search');
	var list = document.getElementById('search-results');
	var form = input ? input.form : null;
	var entries = window.WPO_SEARCH || [];
	var MAX = 25;

	function clear() {
		while (list.firstChild) {
			list.removeChild(list.firstChild);
		}
	}

	function score(entry, query, terms) {
		var name = entry.n.toLowerCase();
		var text = (entry.n + ' ' + (entry.t || '') + ' ' + (entry.a || '') + ' ' + (entry.d || '')).toLowerCase();
		for (var i = 0; i < terms.length; i++) {
			if (text.indexOf(terms[i]) < 0) {
				return -1;
			}
		}
		if (name === query) {
			return 0;
		}
		if (name.indexOf(query) === 0) {
			return 1;
		}
		if (name.indexOf(query) >= 0) {
			return 2;
		}
		if ((entry.t || '').toLowerCase().indexOf(query) >= 0 || (entry.a || '').toLowerCase().indexOf(query) >= 0) {
			return 3;
		}
		return 4;
	}

	function search(text) {
		var query = text.trim().toLowerCase();
		if (!query) {
			return [];
		}
		var terms = query.split(/\s+/);
		var found = [];
		for (var i = 0; i < entries.length; i++) {
			var s = score(entries[i], query, terms);
			if (s >= 0) {
				found.push({ entry: entries[i], score: s, order: i });
			}
		}
		found.sort(function (a, b) {
			return a.score - b.score || a.order - b.order;
		});
		return found.slice(0, MAX).map(function (f) { return f.entry; });
	}

	function show() {
		clear();
		if (!input.value.trim()) {
			return;
		}
		var results = search(input.value);
		if (results.length === 0) {
			var none = document.createElement('li');
			none.className = 'none';
			none.textContent = 'Nothing matches.';
			list.appendChild(none);
			return;
		}
		results.forEach(function (entry) {
			var item = document.createElement('li');
			var link = document.createElement('a');
			link.setAttribute('href', entry.u);
			link.textContent = entry.t ? entry.n + ' \u2013 ' + entry.t : entry.n;
			var kind = document.createElement('span');
			kind.className = 'kind';
			kind.textContent = entry.k;
			link.appendChild(kind);
			item.appendChild(link);
			list.appendChild(item);
		});
	}

	if (input && list) {
		input.addEventListener('input', show);
		input.addEventListener('keydown', function (event) {
			if (event.key === 'Escape') {
				input.value = '';
				clear();
			}
		});
		form.addEventListener('submit', function (event) {
			event.preventDefault();
			var first = list.querySelector('a');
			if (first) {
				window.location.href = first.getAttribute('href');
			}
		});
		if (input.value) {
			show();
		}
	}
}());
