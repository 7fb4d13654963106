// A full-screen message for when there is no panel to draw yet (loading, refused, misconfigured).
export function StatusScreen({ message, detail }: { message: string; detail?: string | undefined }) {
  return (
    <div className="status-screen" data-testid="status-screen" role="status">
      <p className="status-screen__message">{message}</p>
      {detail ? <p className="status-screen__detail">{detail}</p> : null}
    </div>
  );
}
