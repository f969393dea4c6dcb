/**
 * A combobox over the taxonomy (ARIA 1.2 pattern): typing filters, the arrow keys move the
 * highlight, Enter chooses, Escape closes. The chosen entry's name stays in the box.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Locale, Taxonomy } from '../../../shared/contract/index.js';
import { matchingEntries } from '../../cases/case-form-logic.js';

type Entry = Taxonomy['caseTypes'][number];

export interface TypeAheadProps {
  id: string;
  label: string;
  hint: string;
  noMatch: string;
  entries: readonly Entry[];
  locale: Locale;
  value: string;
  onChoose: (code: string) => void;
  invalid?: boolean;
  describedBy?: string;
}

export function TypeAhead({ id, label, hint, noMatch, entries, locale, value, onChoose, invalid, describedBy }: TypeAheadProps) {
  const listId = useId();
  const hintId = useId();
  const chosenName = entries.find((entry) => entry.code === value)?.names[locale] ?? '';
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = typed !== null;
  const matches = useMemo(() => (open ? matchingEntries(entries, typed, locale) : []), [entries, typed, locale, open]);
  const choose = (entry: Entry | undefined) => {
    if (!entry) return;
    onChoose(entry.code);
    setTyped(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setTyped('');
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (matches.length === 0 ? 0 : (index + step + matches.length) % matches.length));
    } else if (event.key === 'Enter' && open && !event.ctrlKey) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setTyped(null);
    }
  };
  return (
    <div className="case-form__field case-form__type-ahead">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${matches[active].code}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
        value={typed ?? chosenName}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTyped(null)}
        data-testid={`${id}-input`}
      />
      <span id={hintId} className="case-form__hint">
        {hint}
      </span>
      <ul id={listId} role="listbox" aria-label={label} className="case-form__options" hidden={!open}>
        {matches.map((entry, index) => (
          <li
            key={entry.code}
            id={`${listId}-${entry.code}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'case-form__option case-form__option--active' : 'case-form__option'}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(entry);
            }}
          >
            {entry.names[locale]}
          </li>
        ))}
        {open && matches.length === 0 && <li className="case-form__option case-form__option--none">{noMatch}</li>}
      </ul>
    </div>
  );
}
