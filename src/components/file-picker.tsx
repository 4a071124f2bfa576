import { useId } from 'react';
import { defineMessages, useMessages } from '../i18n/messages';

const messages = defineMessages({ choose: '选择文件…' }, { choose: 'Choose file…' });

export interface FilePickerProps {
  /** What the file is for, shown before the button. */
  label: string;
  accept: string;
  disabled?: boolean;
  testId?: string;
  onFile: (file: File) => void;
}

/**
 * A file field in the UI language: the browser's own file input writes "Choose File" and
 * "No file chosen" in the browser's language, so it is hidden (still focusable and
 * operable: Enter or Space opens the dialog) behind a button-styled label of our own.
 */
export function FilePicker({ label, accept, disabled, testId, onFile }: FilePickerProps) {
  const m = useMessages(messages);
  const id = useId();
  return (
    <span className="file-field file-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        className="file-picker-input"
        accept={accept}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
      <label htmlFor={id} className="file-picker-button" aria-hidden="true">
        {m('choose')}
      </label>
    </span>
  );
}
