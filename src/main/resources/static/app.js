// Touchbase: progressive enhancement only. Every action works without this file.
(function () {
  'use strict';

  // Copy buttons: <button data-copy="input-id">. Hidden until this script runs.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var field = document.getElementById(button.getAttribute('data-copy'));
      var status = document.getElementById(button.getAttribute('data-copy') + '-status');
      var done = function (text) { if (status) { status.textContent = text; } };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () { done('Copied.'); },
          function () { field.select(); done('Selected: press Ctrl+C or Cmd+C to copy.'); });
      } else {
        field.focus(); field.select();
        try { document.execCommand('copy'); done('Copied.'); } catch (e) { done('Selected: press Ctrl+C or Cmd+C to copy.'); }
      }
    });
  });

  // Offer the browser's time zone on the Preferences page: <button data-browser-zone="select-id">.
  document.querySelectorAll('[data-browser-zone]').forEach(function (button) {
    var zone = '';
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
    var select = document.getElementById(button.getAttribute('data-browser-zone'));
    var known = select && Array.prototype.some.call(select.options, function (o) { return o.value === zone; });
    if (!zone || !known || select.value === zone) { return; }
    button.textContent = 'Use this browser\u2019s time zone (' + zone + ')';
    button.hidden = false;
    button.addEventListener('click', function () { select.value = zone; select.focus(); button.hidden = true; });
  });

  // Forms that take a moment (booking): say so on the button and avoid double posts.
  document.querySelectorAll('form[data-busy]').forEach(function (form) {
    form.addEventListener('submit', function () {
      var button = form.querySelector('button[type=submit], button:not([type])');
      if (button) { button.disabled = true; button.textContent = form.getAttribute('data-busy'); }
    });
  });

  // "Book all" progress: poll the series until none of these is still being written, then reload.
  var progress = document.getElementById('writing');
  if (progress) {
    var ids = (progress.getAttribute('data-series') || '').split(' ').filter(Boolean);
    var bar = document.getElementById('writing-bar');
    var text = document.getElementById('writing-text');
    var polls = 0;
    var poll = function () {
      polls++;
      fetch('/api/touchbases', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (all) {
          var written = 0;
          all.forEach(function (s) {
            if (ids.indexOf(s.id) >= 0 && s.status !== 'pending') {
              written++;
              var item = document.getElementById('writing-' + s.id);
              if (item) { item.textContent = s.status === 'booked' ? 'Invite sent' : 'Google refused it'; }
            }
          });
          bar.value = written;
          text.textContent = written + ' of ' + ids.length + ' invites written to Google Calendar.';
          if (written >= ids.length) { window.location.replace('/plan?notice=booked'); }
          else if (polls < 120) { window.setTimeout(poll, 1000); }
        })
        .catch(function () { if (polls < 120) { window.setTimeout(poll, 2000); } });
    };
    window.setTimeout(poll, 600);
  }
})();
