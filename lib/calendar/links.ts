/** Where each kind of event lives in the app (the sessions area's pages). */
export const sessionHref = (sessionId: number) => `/sessions/${sessionId}`;
export const workshopHref = (sessionId: number, workshopId: number) => `/sessions/${sessionId}/workshops/${workshopId}`;
export const sittingHref = (sessionId: number, sittingId: number) => `/sessions/${sessionId}#sitting-${sittingId}`;
export const thematicMeetingHref = (sessionId: number) => `/sessions/${sessionId}#meetings`;
