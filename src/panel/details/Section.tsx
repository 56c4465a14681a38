import type { ReactNode } from 'react';

/** A titled block of the details pane. */
export function Section({
  title,
  className,
  children,
}: {
  readonly title: string;
  readonly className: string;
  readonly children: ReactNode;
}) {
  return (
    <section className={`section ${className}`}>
      <h3 className="section-title">{title}</h3>
      {children}
    </section>
  );
}
