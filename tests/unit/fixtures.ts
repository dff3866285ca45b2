/** A small, valid dataset that tests copy and break one thing at a time. */
import type { Dataset, Entry } from '../../src/lib/dataset';

function entry<T>(collection: string, id: string, data: T, body = ''): Entry<T> {
  const ext =
    collection === 'relations' ||
    collection === 'sources' ||
    collection === 'places' ||
    collection === 'corrections'
      ? 'yaml'
      : 'mdx';
  const raw = `---\n${Object.entries(data as object)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n---\n${body}`;
  return { id, file: `src/content/${collection}/${id}.${ext}`, raw, data };
}

export function validDataset(): Dataset {
  const src = ['reuters-2019-07-10'];
  return {
    sources: [
      entry('sources', 'reuters-2019-07-10', {
        title: 'Assad hits a wall',
        publisher: 'Reuters',
        authors: [],
        date: '2019-07-10',
        kind: 'analysis' as const,
        read: true,
        details: 'Filed from Beirut',
        language: 'en',
      }),
    ],
    actors: [
      entry('actors', 'turkey', {
        name: 'Turkey',
        aliases: ['Türkiye'],
        formerNames: [],
        kind: 'state' as const,
        side: 'opposition' as const,
        summary: 'A state.',
        leaders: [],
        sources: src,
      }),
      entry('actors', 'nfl', {
        name: 'National Front for Liberation',
        shortName: 'NFL',
        aliases: [],
        formerNames: [],
        kind: 'coalition' as const,
        side: 'opposition' as const,
        summary: 'A coalition.',
        leaders: [],
        founded: '2018-05-28',
        sources: src,
      }),
      entry(
        'actors',
        'hts',
        {
          name: 'Hayat Tahrir al-Sham',
          shortName: 'HTS',
          aliases: [],
          formerNames: [{ name: 'Nusra Front', until: '2016-07-28' }],
          kind: 'armed-group' as const,
          side: 'jihadist' as const,
          summary: 'A group.',
          leaders: [],
          sources: src,
        },
        'Body linking <Actor id="turkey">Turkey</Actor>.\n',
      ),
      entry('actors', 'al-qaeda', {
        name: 'al-Qaeda',
        aliases: [],
        formerNames: [],
        kind: 'armed-group' as const,
        side: 'jihadist' as const,
        summary: 'A group.',
        leaders: [],
        sources: src,
      }),
    ],
    events: [
      entry(
        'events',
        'nfl-formed',
        {
          title: 'NFL formed',
          date: '2018-05-28',
          summary: 'Formed.',
          participants: [{ actor: 'nfl', role: 'new coalition' }],
          sources: src,
        },
        'With <Cite id="reuters-2019-07-10" />.\n',
      ),
    ],
    relations: [
      entry('relations', 'turkey--arms-supply--nfl', {
        from: 'turkey',
        to: 'nfl',
        type: 'arms-supply' as const,
        periods: [{ from: '2019-05', to: '2019-07' }],
        grade: 'alleged' as const,
        claimant: 'Unnamed rebel source',
        note: 'Alleged missiles.',
        sources: src,
      }),
      entry('relations', 'hts--splinter-of--al-qaeda', {
        from: 'hts',
        to: 'al-qaeda',
        type: 'splinter-of' as const,
        periods: [{ from: '2016-07-28', to: 'ongoing' }],
        grade: 'disputed' as const,
        note: 'Says it broke away.',
        sources: src,
      }),
    ],
    places: [
      entry('places', 'idlib', {
        name: 'Idlib',
        otherNames: ['Idleb'],
        kind: 'city' as const,
        country: 'Syria',
        governorate: 'Idlib',
        map: 'north-west' as const,
        coordinates: { lat: 35.933, lon: 36.633, source: 'reuters-2019-07-10' },
      }),
    ],
    article: [
      entry(
        'article',
        'report',
        {
          title: 'The report',
          originalTitle: 'Report',
          outlet: 'turkey',
          published: '2019-07-12',
          source: 'reuters-2019-07-10',
          basedOn: 'reuters-2019-07-10',
          summary: 'Summary.',
          claims: [
            {
              id: 'missiles',
              text: 'Turkey arms rebels.',
              grade: 'alleged' as const,
              relations: ['turkey--arms-supply--nfl'],
              events: [],
              sources: src,
            },
          ],
          framing: [],
        },
        '## Turkey\n\n<Claim id="missiles"><Actor id="turkey">Turkey</Actor> arms rebels.</Claim>\n',
      ),
    ],
    corrections: [
      entry('corrections', '2019-07-20-missiles', {
        date: '2019-07-20',
        entries: ['relations/turkey--arms-supply--nfl'],
        wrong: 'It said the missiles were confirmed.',
        right: 'They are alleged by an unnamed source.',
        sources: src,
      }),
    ],
  };
}
