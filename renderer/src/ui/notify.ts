// Telling the user what happened. Every backend error reaches the user through showError, with the
// backend's own message (which says what was wrong and what to do), never a raw stack.
import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function showError(error: unknown, title = 'That did not work'): void {
  console.error(error);
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 10_000 });
}

export function showSuccess(message: string, title?: string): void {
  notifications.show({ color: 'green', title, message, autoClose: 4000 });
}
