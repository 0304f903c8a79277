// RV-3 (二(二)3): a joint review is convened by the center (区项目中心召集), and the finance
// bureau and the planning & natural resources bureau attend every one (固定参加) — the units of
// kzp.yaml review.fixed_participants.
import type { Rule } from './types.js';

export const rv3: Rule = {
  id: 'RV-3',
  severity: 'error',
  seed: '二(二)3',
  title: { zh: '会审由区项目中心召集,财政、规划自然资源部门固定参加', en: 'the center convenes; the fixed participants attend' },
  messages: {
    convener: {
      zh: '会审 {review} 的召集单位是 "{convener}",应为区项目中心 "{center}"',
      en: 'the review {review} is convened by "{convener}"; joint reviews are convened by the center "{center}"',
    },
    'convener.hint': {
      zh: '将 convener 改为 {center}(kzp.yaml 的 center);其他单位可列入 participants',
      en: 'set convener: {center} (the center of kzp.yaml); other units go under participants',
    },
    participant: {
      zh: '会审 {review}({date})缺少固定参会单位 {unit}({name})',
      en: 'review without {name}: the review {review} on {date} lacks the fixed participant "{unit}"',
    },
    'participant.hint': {
      zh: '{fixed} 须固定参加每次项目会审(kzp.yaml review.fixed_participants);请在 participants 中补列 {unit},如其确未参会,该次会议不构成项目会审',
      en: '{fixed} attend every joint review (kzp.yaml review.fixed_participants); add {unit} to participants — if it did not attend, the meeting was not a joint review',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const center = m.config.center;
    const fixed = m.config.review.fixed_participants;
    const nameOf = (id: string) => m.units.get(id)?.data.name ?? id;
    for (const { data: r, file } of m.reviews) {
      if (r.convener !== center) ctx.report({ file, path: ['convener'], messageId: 'convener', data: { review: r.id, convener: r.convener, center } });
      for (const unit of fixed) {
        if (r.participants.includes(unit)) continue;
        const role = roleOf(m.config.units, unit);
        const name = ctx.lang === 'zh' ? nameOf(unit) : role ? `${role} (${nameOf(unit)})` : nameOf(unit);
        ctx.report({ file, path: ['participants'], messageId: 'participant', data: { review: r.id, date: r.date, unit, name, fixed: fixed.map(nameOf) } });
      }
    }
  },
};

/** "the finance bureau" when the unit holds that role in kzp.yaml `units`. */
function roleOf(units: Record<string, string | undefined>, id: string): string {
  const role = Object.entries(units).find(([, v]) => v === id)?.[0];
  return role === 'finance' ? 'the finance bureau' : role === 'planning' ? 'the planning & natural resources bureau' : '';
}
