import { safeMailHtml, textOfHtml } from './safe-html';

describe('safeMailHtml', () => {
  it('removes scripts, event handlers, javascript: links, styles and images', () => {
    const html =
      '<p onclick="steal()">Hi <b>there</b></p><script>alert(1)</script><a href="javascript:alert(1)">x</a>' +
      '<a href="https://okpay.test/help">help</a><img src="https://tracker.example/p.gif" onerror="x()"><style>body{display:none}</style>' +
      '<iframe src="https://evil.example"></iframe>';
    const safe = safeMailHtml(html);
    expect(safe).not.toMatch(/script|onclick|onerror|javascript:|<img|<style|<iframe/i);
    expect(safe).toContain('<p>Hi <b>there</b></p>');
    expect(safe).toContain('<a href="https://okpay.test/help" rel="noopener noreferrer nofollow" target="_blank">help</a>');
  });
});

describe('textOfHtml', () => {
  it('keeps the words and line breaks of an HTML-only mail', () => {
    expect(textOfHtml('<p>Line one<br>Line &amp; two</p><div>Next</div><script>x()</script>')).toBe('Line one\nLine & two\nNext');
  });
});
