// The QR poster's print button; a script file of the portal's own, since the pages allow no inline handlers.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('qr-print');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});
