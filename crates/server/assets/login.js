// Shows the failure line after a wrong token (the server redirects with ?failed=1).
if (new URLSearchParams(location.search).has('failed')) {
  document.getElementById('failed').hidden = false;
}
