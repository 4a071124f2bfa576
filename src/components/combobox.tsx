import { useCombobox } from 'downshift';
import type { UseComboboxState, UseComboboxStateChangeOptions } from 'downshift';
import { useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import './combobox.css';

/** A titled run of options (countries, peer groups, the metrics of one kind). */
export interface ComboSection<T> {
  label?: string;
  items: readonly T[];
}

export interface ComboboxProps<T> {
  label: string;
  placeholder: string;
  /** The options for what the user typed ('' = all), in sections, best match first. */
  search: (query: string) => readonly ComboSection<T>[];
  itemKey: (item: T) => string;
  /** Plain text of an option: the input's text once chosen (select mode). */
  itemText: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onPick: (item: T) => void;
  /**
   * Select mode: the option chosen, shown in the input while it is not being searched.
   * Without it (add mode) the input empties after each pick, ready for the next.
   */
  selected?: T | null;
  /** Shown when nothing matches. */
  emptyText: string;
  /** Label of the button that opens the list. */
  toggleLabel: string;
  testId?: string;
  className?: string;
}

/**
 * A searchable list of options (the ARIA combobox pattern, from downshift): typing filters,
 * ArrowUp/ArrowDown move, Enter picks, Escape closes and then clears, Home/End and
 * PageUp/PageDown jump; the first match is highlighted, so typing a code and Enter picks it.
 * Leaving the field picks nothing.
 */
export function Combobox<T>({
  label,
  placeholder,
  search,
  itemKey,
  itemText,
  renderItem,
  onPick,
  selected,
  emptyText,
  toggleLabel,
  testId,
  className,
}: ComboboxProps<T>) {
  const selectMode = selected !== undefined;
  const selectedText = selected ? itemText(selected) : '';
  // The input's text is held here and set in the same event as each key, so the list is
  // always the one for the text on screen (downshift reports its own changes after
  // rendering; an Enter typed right after a key would pick from the previous list).
  const [input, setInput] = useState(selectedText);
  // Select mode: a choice made elsewhere (Back, a link, the language) shows in the input.
  const [shownChoice, setShownChoice] = useState(selectedText);
  if (selectMode && selectedText !== shownChoice) {
    setShownChoice(selectedText);
    setInput(selectedText);
  }
  // In select mode the input shows the chosen option; that text searches for everything.
  const query = selectMode && input === selectedText ? '' : input;
  const sections = useMemo(() => search(query), [search, query]);
  const items = useMemo(() => sections.flatMap((s) => s.items), [sections]);
  const groupId = useId();

  const stateReducer = (
    state: UseComboboxState<T>,
    { type, changes }: UseComboboxStateChangeOptions<T>,
  ): Partial<UseComboboxState<T>> => {
    const types = useCombobox.stateChangeTypes;
    switch (type) {
      case types.InputBlur:
        // Leaving the field is not a choice (downshift would pick the highlighted option).
        return {
          ...changes,
          selectedItem: state.selectedItem,
          inputValue: selectMode ? selectedText : state.inputValue,
        };
      case types.InputKeyDownEscape:
        // Escape never unsets the chosen option in select mode; it restores its text.
        return selectMode
          ? { ...changes, selectedItem: state.selectedItem, inputValue: selectedText }
          : changes;
      default:
        return changes;
    }
  };

  const {
    isOpen,
    highlightedIndex,
    closeMenu,
    getLabelProps,
    getInputProps,
    getMenuProps,
    getItemProps,
    getToggleButtonProps,
  } = useCombobox<T>({
    items,
    itemToString: (item) => (item ? itemText(item) : ''),
    itemToKey: (item) => (item ? itemKey(item) : null),
    inputValue: input,
    onInputValueChange: ({ inputValue }) => setInput(inputValue),
    selectedItem: selectMode ? (selected ?? null) : null,
    defaultHighlightedIndex: 0,
    stateReducer,
  });

  // A pick (Enter or a click) is handled here rather than by downshift, in the event itself:
  // add mode empties the input for the next pick, select mode shows the choice.
  const pick = (item: T) => {
    onPick(item);
    setInput(selectMode ? itemText(item) : '');
    closeMenu();
  };
  const claim = (e: { preventDefault(): void; nativeEvent: Event }) => {
    e.preventDefault();
    (e.nativeEvent as Event & { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
  };

  let index = 0;
  const option = (item: T) => {
    const i = index++;
    return (
      <li
        key={itemKey(item)}
        className={i === highlightedIndex ? 'combo-option highlighted' : 'combo-option'}
        {...getItemProps({
          item,
          index: i,
          onClick: (e) => {
            claim(e);
            pick(item);
          },
        })}
      >
        {renderItem(item)}
      </li>
    );
  };

  return (
    <div className={className ? `field combo ${className}` : 'field combo'} data-testid={testId}>
      <label {...getLabelProps()}>{label}</label>
      <div className="combo-box">
        <input
          {...getInputProps({
            placeholder,
            onFocus: (e) => e.currentTarget.select(),
            onChange: (e) => setInput(e.currentTarget.value),
            onKeyDown: (e) => {
              const item = isOpen ? items[highlightedIndex] : undefined;
              if (e.key !== 'Enter' || item === undefined) return;
              claim(e);
              pick(item);
            },
          })}
          data-testid={testId ? `${testId}-input` : undefined}
        />
        <button type="button" className="combo-toggle" aria-label={toggleLabel} {...getToggleButtonProps()}>
          ▾
        </button>
        <ul {...getMenuProps()} className="combo-menu" hidden={!isOpen}>
          {isOpen
            ? sections.map((s, si) =>
                s.items.length === 0 ? null : s.label ? (
                  <li
                    key={`s${si}`}
                    role="group"
                    aria-labelledby={`${groupId}-${si}`}
                    className="combo-section"
                  >
                    <div id={`${groupId}-${si}`} className="combo-group" role="presentation">
                      {s.label}
                    </div>
                    <ul role="none">{s.items.map(option)}</ul>
                  </li>
                ) : (
                  s.items.map(option)
                ),
              )
            : null}
          {isOpen && items.length === 0 ? (
            <li className="combo-empty" role="presentation">
              {emptyText}
            </li>
          ) : null}
        </ul>
      </div>
    </div>
  );
}
