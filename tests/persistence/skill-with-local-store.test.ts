import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStore, startLocalStore } from '../../lambda/src/persistence/local-store.ts';
import { Conversation } from '../support/conversation.ts';
import { makeTempDir, storedItem } from './support.ts';

const USER = 'amzn1.ask.account.local-store-round-trip';

describe('the skill with the real local store (dynalite over loopback, the production adapter)', () => {
  let store: LocalStore;
  let removeDir: () => Promise<void>;

  beforeAll(async () => {
    const temp = await makeTempDir();
    removeDir = temp.remove;
    store = await startLocalStore({ dataDir: temp.dir });
  }, 30_000);

  afterAll(async () => {
    await store.close();
    await removeDir();
  });

  it('keeps rounds, streak and profile in one item per user, and never the words said', async () => {
    const talk = new Conversation({ adapter: store.adapter, userId: USER });
    await talk.launch();
    await talk.say("i'm interviewing for a pastry chef role at zanzibar bakery");
    await talk.say('do you have any concerns about my marzipan sculpting background');
    const item = await storedItem(store.adapter.client, store.tableName, USER);
    const stored = JSON.stringify(item);
    expect(item?.attributes).toMatchObject({
      rounds: 1,
      profile: { role: 'pastry chef', company: 'Zanzibar Bakery' },
      history: [{ verdict: 'risky', primary: 'fit_probe' }],
    });
    expect(stored).not.toMatch(/marzipan|concerns about/);
  });

  it('a second session greets the user by the progress the first one saved', async () => {
    const again = new Conversation({ adapter: store.adapter, userId: USER });
    const welcome = await again.launch();
    expect(welcome.coach).toMatch(/Welcome back! 1 round practised so far/);
  });
});
