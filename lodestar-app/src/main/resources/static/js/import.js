// The import page: a file over the upload limit is refused before it is sent (the server refuses it too). A big
// file is sent in the background so that the page can show how much of it has gone, then that it is being read;
// the server's answer (the preview, or the form with its problem) then replaces the page. Without JavaScript, or
// for a small file, the form is sent as usual.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('import-form');
  if (!form) return;
  const max = Number(form.dataset.maxBytes);
  const input = document.getElementById('import-file');
  const tooLarge = document.getElementById('import-too-large');
  const progress = document.getElementById('import-progress');
  const bar = document.getElementById('import-progress-bar');
  const said = document.getElementById('import-progress-text');
  const big = Number(progress.dataset.from);
  form.addEventListener('submit', event => {
    const file = input.files && input.files[0];
    tooLarge.hidden = !(file && max > 0 && file.size > max);
    if (!tooLarge.hidden) {
      event.preventDefault();
      input.focus();
      return;
    }
    if (!file || file.size < big || !window.FormData) return;
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    // the token in a header, so that the server checks it without parsing the body first
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) request.setRequestHeader(header.content, token.content);
    request.upload.addEventListener('progress', sent => {
      if (!sent.lengthComputable) return;
      const percent = Math.floor(100 * sent.loaded / sent.total);
      bar.value = percent;
      said.textContent = progress.dataset.sending.replace('{0}', percent);
    });
    request.upload.addEventListener('load', () => {
      bar.removeAttribute('value');   // indeterminate: the server reads the file
      said.textContent = progress.dataset.reading;
    });
    request.addEventListener('load', () => {
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener('error', () => {
      said.textContent = progress.dataset.failed;
      document.getElementById('import-preview').disabled = false;
    });
    progress.hidden = false;
    bar.value = 0;
    said.textContent = progress.dataset.sending.replace('{0}', 0);
    document.getElementById('import-preview').disabled = true;
    request.send(new FormData(form));
  });
});
