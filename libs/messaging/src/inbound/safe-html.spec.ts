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

  it('decodes every entity, not only the common few', () => {
    expect(textOfHtml('<p>5 &lt; 6 &amp; &quot;ok&quot; it&#39;s caf&eacute; &#8217;&#x4E2D;</p>')).toBe('5 < 6 & "ok" it\'s café ’中');
  });

  it('keeps table cells apart and drops link addresses, images and styles', () => {
    const html = '<style>td{color:red}</style><table><tr><td>Amount</td><td>¥12.00</td></tr></table><a href="https://okpay.test">help</a><img src="p.gif" alt="pixel">';
    expect(textOfHtml(html)).toBe('Amount\n¥12.00\n\nhelp');
  });

  it('marks quoted history with "> " so the reply extractor can cut it', () => {
    expect(textOfHtml('<div>Thanks!</div><blockquote><p>the old mail</p></blockquote>')).toBe('Thanks!\n> the old mail');
  });
});
