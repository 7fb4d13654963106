// Before the first post: a designed invitation, not a blank screen. How to appear on the wall (the
// brand's hashtags and handles), the brand's own invitation line when it has one, and a QR code that opens
// the brand's chosen address (brand.callToAction.qrUrl), else the hashtag on the panel's network.
import type { PanelView } from '../../shared/api-contract.ts';
import type { Brand } from '../../shared/config.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { hashtagUrl } from './hashtag-url.ts';
import { useQrCode } from './use-qr-code.ts';

const withHash = (tag: string) => `#${tag.replace(/^#/, '')}`;
const withAt = (handle: string) => (handle.startsWith('@') ? handle : `@${handle}`);

export function EmptyFeed({ panel, brand }: { panel: PanelView; brand: Brand }) {
  const { t } = useI18n();
  const tags = brand.hashtags.slice(0, 3).map(withHash);
  const handles = brand.handles.slice(0, 2).map(withAt);
  const cta = brand.callToAction;
  const target = cta?.qrUrl || (tags[0] ? hashtagUrl(panel.networks, tags[0]) : undefined);
  const qr = useQrCode(target);
  return (
    <section className="empty-feed" data-testid="feed-empty">
      <div className="empty-feed__text">
        <h2 className="empty-feed__title">{t('emptyTitle')}</h2>
        {cta?.text ? (
          <p className="empty-feed__hint" data-testid="empty-cta">
            {cta.text}
          </p>
        ) : null}
        {tags.length > 0 ? (
          <>
            <p className="empty-feed__hint">{t('emptyHowTo')}</p>
            <p className="empty-feed__tags" data-testid="empty-hashtags">
              {tags.map((tag) => (
                <span key={tag} className="empty-feed__tag">
                  {tag}
                </span>
              ))}
            </p>
          </>
        ) : (
          <p className="empty-feed__hint">{t('emptyNoTag', { brand: brand.name })}</p>
        )}
        {handles.length > 0 ? (
          <p className="empty-feed__hint" data-testid="empty-handles">
            {t('emptyMention')} <span className="empty-feed__handle">{handles.join(' · ')}</span>
          </p>
        ) : null}
      </div>
      {qr ? (
        <figure className="empty-feed__qr" data-testid="empty-qr" data-target={target}>
          <img src={qr} alt="" />
          <figcaption>{t('emptyScan')}</figcaption>
        </figure>
      ) : null}
    </section>
  );
}
