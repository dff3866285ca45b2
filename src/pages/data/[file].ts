/**
 * The open data downloads: every collection as JSON and CSV, with its JSON Schema
 * (data/actors.json, data/actors.csv, data/actors.schema.json, …), built from the validated
 * collections by src/lib/exports.ts. Explained on the Data page (src/pages/data.astro).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { site } from '../../data/site';
import { downloads, FORMATS } from '../../lib/exports';

export const getStaticPaths = (async () => {
  const model = await site();
  const files = downloads({
    actors: [...model.actors.values()],
    events: [...model.events.values()],
    relations: [...model.relations.values()],
    sources: [...model.sources.values()],
    places: [...model.places.values()],
    corrections: model.corrections,
  });
  return files.map((f) => ({
    params: { file: f.path.slice('data/'.length) },
    props: { body: f.body, type: FORMATS[f.format].type },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.body, {
    headers: { 'content-type': `${props.type}; charset=utf-8` },
  });
