/** The renderer's whole screen: top bar, then the desk once the core is connected. */
import { ConnectionScreen } from './ConnectionScreen.js';
import { useCoreConnection } from './core-connection.js';
import { Desk } from './Desk.js';
import { LinkContext } from './link-context.js';
import { LiveAnnouncer } from './LiveAnnouncer.js';
import { TopBar } from './TopBar.js';

export function App() {
  const status = useCoreConnection((state) => state.status);
  const link = useCoreConnection((state) => state.link);
  return (
    <LinkContext.Provider value={link}>
      <div className="app">
        <TopBar connected={link !== null} />
        <main className="desk">{link ? <Desk /> : <ConnectionScreen status={status === 'lost' ? 'lost' : 'connecting'} />}</main>
        <LiveAnnouncer />
      </div>
    </LinkContext.Provider>
  );
}
