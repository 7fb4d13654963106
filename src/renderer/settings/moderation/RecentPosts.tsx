// The newest posts, hidden ones included, each with "Hide this post" or "Restore". Text is rendered as
// text (never HTML); each button names its post for screen readers; the outcome is announced.
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatRelativeTime } from '../../time/relative-time.ts';
import { useNow } from '../../time/use-now.ts';
import { authorOf, type ModerationDesk } from './use-moderation.ts';

const EXCERPT = 160;
const excerptOf = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text);

export function RecentPosts({ desk }: { desk: ModerationDesk }) {
  const { t, language } = useI18n();
  const now = useNow(30_000);
  const [why, setWhy] = useState('');
  const whyId = useId();
  const { posts, message } = desk;
  return (
    <div className="moderation-block" data-testid="moderation-recent">
      <h3 id="moderation-recent-title">{t('settings.moderation.recent.title')}</h3>
      <p className="settings-section__intro">{t('settings.moderation.recent.intro')}</p>
      <div className="field moderation-why">
        <label className="field__label" htmlFor={whyId}>
          {t('settings.moderation.recent.why')}
        </label>
        <input
          id={whyId}
          className="input"
          maxLength={200}
          value={why}
          onChange={(e) => setWhy(e.target.value)}
          // Enter here must not save the whole settings form.
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      </div>
      <p className="moderation-status" role="status" aria-live="polite" data-testid="moderation-status">
        {message?.kind === 'done'
          ? t(
              message.action === 'hide'
                ? 'settings.moderation.recent.hiddenDone'
                : 'settings.moderation.recent.restoredDone',
              { author: message.author },
            )
          : null}
        {message?.kind === 'refused' ? (
          <span className="save-bar__bad" data-refused={message.reason}>
            {t(
              message.reason === 'gone'
                ? 'settings.moderationErrors.gone'
                : message.action === 'hide'
                  ? 'settings.moderationErrors.alreadyHidden'
                  : 'settings.moderationErrors.alreadyRestored',
              { author: message.author },
            )}
          </span>
        ) : null}
        {message?.kind === 'failed' ? (
          <span className="save-bar__bad">{t('settings.moderation.recent.failed', { message: message.message })}</span>
        ) : null}
      </p>
      {posts === undefined ? <p className="settings-note">{t('settings.moderation.loading')}</p> : null}
      {posts?.length === 0 ? <p className="settings-note">{t('settings.moderation.recent.none')}</p> : null}
      {posts?.length ? (
        <ul className="moderation-posts" aria-labelledby="moderation-recent-title">
          {posts.map((post) => {
            const author = authorOf(post);
            const hidden = post.state === 'hidden';
            const network = t(`networks.${post.network}`);
            return (
              <li
                key={post.key}
                className={`moderation-post moderation-post--${post.state}`}
                data-testid="moderation-post"
                data-key={post.key}
                data-state={post.state}
              >
                <div className="moderation-post__head">
                  <strong className="moderation-post__author" translate="no">
                    {author}
                  </strong>
                  {post.author.handle && post.author.handle !== author ? (
                    <span className="moderation-post__handle" translate="no">
                      @{post.author.handle.replace(/^@/, '')}
                    </span>
                  ) : null}
                  <span className="moderation-post__network">{network}</span>
                  <time
                    className="moderation-post__time"
                    dateTime={post.createdAt}
                    title={new Date(post.createdAt).toLocaleString(language)}
                  >
                    {formatRelativeTime(post.createdAt, now, language)}
                  </time>
                  <span
                    className={`moderation-state moderation-state--${post.state}`}
                    data-testid="moderation-post-state"
                  >
                    {t(`settings.moderation.states.${post.state}`)}
                  </span>
                </div>
                {/* What a customer wrote: theirs, in their language, never translated. */}
                {post.text ? (
                  <p className="moderation-post__text" lang={post.lang} translate="no">
                    {excerptOf(post.text)}
                  </p>
                ) : (
                  <p className="moderation-post__text">{t('settings.moderation.recent.noText')}</p>
                )}
                {post.state !== 'deleted' ? (
                  <button
                    type="button"
                    className={`button ${hidden ? 'button--primary' : 'button--quiet'} moderation-post__action`}
                    aria-label={t(
                      hidden ? 'settings.moderation.recent.restoreLabel' : 'settings.moderation.recent.hideLabel',
                      { author, network },
                    )}
                    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
                    aria-disabled={desk.busyKey === post.key}
                    onClick={() => {
                      if (desk.busyKey === post.key) return;
                      void (hidden ? desk.restore(post) : desk.hide(post, why));
                    }}
                  >
                    {t(hidden ? 'settings.moderation.recent.restore' : 'settings.moderation.recent.hide')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
