/**
 * "Was this helpful?" on an article page: posts the answer to the public vote endpoint and says
 * thanks (strings come from the form's data attributes, which the page fills from its catalog).
 * Inline, allowed by its hash in the page's content security policy.
 */
export const HELP_VOTE_SCRIPT = `(function () {
  var form = document.querySelector('form[data-vote]');
  if (!form) return;
  var status = form.querySelector('.hc-vote-status');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var helpful = event.submitter && event.submitter.value === 'true';
    var buttons = form.querySelectorAll('button');
    buttons.forEach(function (b) { b.disabled = true; });
    fetch('/api/v1/help-votes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: form.dataset.locale, articleId: form.dataset.article, helpful: helpful })
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      status.textContent = form.dataset.thanks;
    }).catch(function () {
      buttons.forEach(function (b) { b.disabled = false; });
      status.textContent = form.dataset.failed;
    });
  });
})();`;
