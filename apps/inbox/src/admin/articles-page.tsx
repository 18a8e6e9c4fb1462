import type { Locale } from '@okpay/contracts';
import { useState } from 'preact/hooks';
import { type AdminPageProps, useAdminData } from './admin-data';

/** Knowledge-base articles with their intents; each locale previewed as customers see it (editing stays in git). */
export function ArticlesPage({ api, m }: AdminPageProps) {
  const articles = useAdminData(() => api.call('GET /admin/articles', {}));
  const [shown, setShown] = useState<{ id: string; locale: Locale } | null>(null);
  const preview = useAdminData(() => (shown ? api.call('GET /admin/articles/:id/:locale', { params: shown }) : Promise.resolve(null)), [shown?.id, shown?.locale]);
  if (articles.error) return <p role="alert">{articles.error}</p>;
  if (!articles.data) return <p role="status">{m.loading}</p>;
  return (
    <>
      <p class="admin-hint">{m.articlesNote}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.intent}</th>
            <th scope="col">{m.language}</th>
          </tr>
        </thead>
        <tbody>
          {articles.data.map((article) => (
            <tr key={article.id}>
              <th scope="row">{article.id}</th>
              <td>{article.intent}</td>
              <td class="admin-row">
                {article.versions.map((version) => (
                  <button key={version.locale} type="button" onClick={() => setShown({ id: article.id, locale: version.locale })} title={m.examples(version.examples)}>
                    {m.languages[version.locale]}: {version.title}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.data && (
        <article class="admin-preview" lang={preview.data.locale} aria-label={preview.data.title}>
          <p class="admin-hint">
            {m.source}: {preview.data.sourcePath}
          </p>
          <h3>{preview.data.title}</h3>
          {/* Rendered from markdown and sanitized by the API, as on the help centre. */}
          <div dangerouslySetInnerHTML={{ __html: preview.data.html }} />
        </article>
      )}
    </>
  );
}
