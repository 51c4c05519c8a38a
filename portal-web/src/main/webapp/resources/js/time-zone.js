// Tells the portal the visitor's time zone, so pages show times as the visitor's clock does
// (ViewerZone reads it; until it has, times are Beijing time). Only the zone's name is sent.
(function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && document.cookie.indexOf('minping-tz=' + encodeURIComponent(zone)) < 0) {
    document.cookie = 'minping-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax'
      + (location.protocol === 'https:' ? '; Secure' : '');
  }
})();
