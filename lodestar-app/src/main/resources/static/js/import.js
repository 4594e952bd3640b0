// The import page: a file over the upload limit is refused before it is sent (the server refuses it too).
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('import-form');
  if (!form) return;
  const max = Number(form.dataset.maxBytes);
  const input = document.getElementById('import-file');
  const tooLarge = document.getElementById('import-too-large');
  form.addEventListener('submit', event => {
    const file = input.files && input.files[0];
    tooLarge.hidden = !(file && max > 0 && file.size > max);
    if (!tooLarge.hidden) {
      event.preventDefault();
      input.focus();
    }
  });
});
