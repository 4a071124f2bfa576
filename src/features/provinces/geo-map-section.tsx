import { lazy, Suspense, useState } from 'react';
import type { ComponentProps } from 'react';
import { useMessages } from '../../i18n/messages';
import { MESSAGES } from './messages';

// The map chart and the GeoJSON reader are fetched only when the section is opened.
const GeoMap = lazy(() => import('./geo-map'));

/**
 * The optional geographic map, folded away until asked for. Once opened it stays mounted,
 * so folding the section away and back keeps the map the user loaded.
 */
export function GeoMapSection(props: ComponentProps<typeof GeoMap>) {
  const m = useMessages(MESSAGES);
  const [opened, setOpened] = useState(false);
  return (
    <details className="geo-map" onToggle={(e) => setOpened((was) => was || e.currentTarget.open)}>
      <summary>{m('geoTitle')}</summary>
      {opened ? (
        <Suspense fallback={<p className="status">…</p>}>
          <GeoMap {...props} />
        </Suspense>
      ) : null}
    </details>
  );
}
