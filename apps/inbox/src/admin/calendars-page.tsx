import type { CalendarOpeningsView } from '@okpay/contracts';
import { useEffect, useState } from 'preact/hooks';
import { type AdminPageProps, problemText, useAdminData, useSaveStatus } from './admin-data';
import { CalendarForm, toDefinition, toForm, WEEKDAYS } from './calendar-hours';

/** Weekly hours, holidays and special days of a calendar, with the next openings before and after saving. */
export function CalendarsPage({ api, m }: AdminPageProps) {
  const calendars = useAdminData(() => api.call('GET /admin/calendars', {}));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<CalendarForm | null>(null);
  const [openings, setOpenings] = useState<CalendarOpeningsView | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveStatus(m);
  const selected = calendars.data?.find((c) => c.id === selectedId) ?? calendars.data?.[0];

  useEffect(() => {
    if (!selected) return;
    setForm(toForm(selected));
    void api.call('GET /admin/calendars/:id/openings', { params: { id: selected.id }, query: {} }).then(setOpenings, () => setOpenings(null));
  }, [selected?.id, selected?.version]);

  if (calendars.error) return <p role="alert">{calendars.error}</p>;
  if (!calendars.data || !selected || !form) return <p role="status">{m.loading}</p>;

  const definition = () => {
    const result = toDefinition(form);
    if ('badField' in result) {
      setFormError(m.badHours(result.badField === 'days' ? m.holidays : m.weekdays[result.badField]));
      return null;
    }
    setFormError(null);
    return result.definition;
  };
  const preview = async () => {
    const body = definition();
    if (!body) return;
    try {
      setOpenings(await api.call('POST /admin/calendar-previews', { body: { definition: body } }));
    } catch (failure) {
      setFormError(problemText(failure));
    }
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = definition();
    if (!body) return;
    if (await save.run(() => api.call('PUT /admin/calendars/:id', { params: { id: selected.id }, body: { definition: body } }))) calendars.reload();
  };
  const setDay = (index: number, change: Partial<CalendarForm['days'][number]>) =>
    setForm({ ...form, days: form.days.map((d, i) => (i === index ? { ...d, ...change } : d)) });
  const when = new Intl.DateTimeFormat(m.locale, { timeZone: form.timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

  return (
    <>
      <label>
        {m.calendar}
        <select value={selected.id} onChange={(event) => setSelectedId((event.target as HTMLSelectElement).value)}>
          {calendars.data.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <form onSubmit={(event) => void submit(event)} aria-label={selected.name}>
        <label>
          {m.timeZone}
          <input value={form.timeZone} onInput={(event) => setForm({ ...form, timeZone: (event.target as HTMLInputElement).value })} required />
        </label>
        <p class="admin-hint" id="hours-hint">
          {m.hoursHint}
        </p>
        {WEEKDAYS.map((day) => (
          <label key={day}>
            {m.weekdays[day]}
            <input
              name={`hours-${day}`}
              value={form.weekly[day]}
              placeholder={m.closed}
              aria-describedby="hours-hint"
              onInput={(event) => setForm({ ...form, weekly: { ...form.weekly, [day]: (event.target as HTMLInputElement).value } })}
            />
          </label>
        ))}
        <fieldset>
          <legend>{m.holidays}</legend>
          {form.days.map((day, index) => (
            <div class="admin-row" key={index}>
              <label>
                {m.holidayDate}
                <input type="date" value={day.date} required onInput={(event) => setDay(index, { date: (event.target as HTMLInputElement).value })} />
              </label>
              <label>
                {m.holidayHours}
                <input value={day.hours} placeholder={m.holidayHint} onInput={(event) => setDay(index, { hours: (event.target as HTMLInputElement).value })} />
              </label>
              <button type="button" onClick={() => setForm({ ...form, days: form.days.filter((_, i) => i !== index) })}>
                {m.remove}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setForm({ ...form, days: [...form.days, { date: '', hours: '' }] })}>
            {m.addHoliday}
          </button>
          {form.otherOverrides.length > 0 && <p class="admin-hint">{m.otherOverrides(form.otherOverrides.length)}</p>}
        </fieldset>
        {formError && (
          <p role="alert" class="admin-error">
            {formError}
          </p>
        )}
        <div class="admin-row">
          <button type="button" onClick={() => void preview()}>
            {m.preview}
          </button>
          <button type="submit" class="primary">
            {m.save}
          </button>
        </div>
        {save.view}
      </form>
      <section aria-labelledby="openings-title">
        <h3 id="openings-title">{m.nextOpenings}</h3>
        {openings && openings.openings.length === 0 && <p>{m.noOpenings}</p>}
        <ul class="admin-openings">
          {openings?.openings.map((o) => (
            <li key={o.start}>
              {when.format(new Date(o.start))} – {when.format(new Date(o.end))}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
