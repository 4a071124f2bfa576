import { lazy, Suspense, useState } from 'react';
import type { ComponentProps } from 'react';
import { useMessages } from '../../i18n/messages';
import { MESSAGES } from './messages';

// The map chart and the GeoJSON reader are fetched only when the section is opened.
const GeoMap = lazy(() => import('./geo-map'));

/** The optional geographic map, folded away until asked for. */
export function GeoMapSection(props: ComponentProps<typeof GeoMap>) {
  const m = useMessages(MESSAGES);
  const [open, setOpen] = useState(false);
  return (
    <details className="geo-map" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{m('geoTitle')}</summary>
      {open ? (
        <Suspense fallback={<p className="status">…</p>}>
          <GeoMap {...props} />
        </Suspense>
      ) : null}
    </details>
  );
}
