import type { District, Plan } from '@pdz/core';
import type { ChangeFeed } from '../../platform/reuse/change-feed';
import type { PublishedPlans } from '../plan/index';
import type { TerritoryService } from '../territory/index';

type PublishedPlan = Plan & { latestApprovedVersion: number };

/**
 * What the portal needs to know before it can serve a page it keeps: the district of a slug
 * (with its revision) and the district's published plans (with their latest approved
 * version), held in memory instead of queried on every request. A change to the district or to
 * any of its plans (heard on the change feed, from this process or another) drops what is held
 * of that district; while the feed cannot hear other processes, nothing is held.
 */
export function createPortalMemory(deps: {
  territory: Pick<TerritoryService, 'publicBySlug'>;
  published: Pick<PublishedPlans, 'list'>;
  feed: Pick<ChangeFeed, 'subscribe' | 'live'>;
}) {
  const districts = new Map<string, { district: District; revision: number }>();
  const plans = new Map<string, PublishedPlan[]>();
  let heard = 0;
  const forgetDistrict = (districtId: string) => {
    plans.delete(districtId);
    for (const [slug, d] of districts) if (d.district.id === districtId) districts.delete(slug);
  };
  deps.feed.subscribe((change) => {
    heard++;
    if (change === 'reset') {
      districts.clear();
      plans.clear();
    } else if (change.kind === 'district') forgetDistrict(change.districtId);
    else if (change.kind === 'plan') plans.delete(change.districtId);
  });

  /** reads through `load`, keeping the result when nothing changed meanwhile */
  async function held<K, V>(map: Map<K, V>, key: K, load: () => Promise<V | undefined>) {
    const hit = deps.feed.live ? map.get(key) : undefined;
    if (hit !== undefined) return hit;
    const before = heard;
    const value = await load();
    // unknown slugs are not held: addresses are anyone's to make up
    if (value !== undefined && heard === before && deps.feed.live) map.set(key, value);
    return value;
  }

  return {
    district: (slug: string) => held(districts, slug, () => deps.territory.publicBySlug(slug)),
    publishedPlans: async (districtId: string) =>
      (await held(plans, districtId, () => deps.published.list(districtId))) ?? [],
  };
}

export type PortalMemory = ReturnType<typeof createPortalMemory>;
