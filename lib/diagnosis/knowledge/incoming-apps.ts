/**
 * Applications that take mail in and refuse it with a notice of their own: GitLab's incoming email (replies by email,
 * new issues and merge requests by email, Service Desk). Its rejection mail says "Unfortunately, your email message to
 * GitLab could not be processed." and then the reason its worker gave — the wrapper names no cause by itself.
 */
import { entries as entry, symptom } from './entry';
import type { KnowledgeSource } from './types';

// GitLab's EmailReceiverWorker#handle_failure: each error class and the reason it mails back (read in a copy of
// GitLab's source); the wrapper as GitLab's documentation quotes the whole notice.
const GL_WORKER = "mehulagg/gitlab app/workers/email_receiver_worker.rb (a copy of GitLab's source; handle_failure)";
const GL_DOCS = 'https://docs.gitlab.com/ee/user/project/merge_requests/creating_merge_requests.html';
const gl = entry('gitlab-incoming', GL_WORKER);

export const GITLAB_INCOMING: KnowledgeSource = {
  id: 'gitlab-incoming',
  name: 'GitLab incoming email',
  kind: 'mailbox-provider',
  reference: GL_WORKER,
  replies: [
    symptom(gl('rejected', 'unknown', ['your email message to gitlab could not be processed'],
      'Unfortunately, your email message to GitLab could not be processed. (followed by the reason)', { source: GL_DOCS })),
    gl('unknown-incoming', 'recipient-unknown', ["couldn't figure out what the email is for"],
      "UnknownIncomingEmail — We couldn't figure out what the email is for. Please create your issue or comment through the web interface."),
    gl('reply-key-not-found', 'recipient-unknown', ["couldn't figure out what the email is in reply to"],
      "SentNotificationNotFoundError — We couldn't figure out what the email is in reply to. Please create your comment through the web interface."),
    gl('project-not-found', 'recipient-unknown', ["we couldn't find the project"],
      "ProjectNotFound — We couldn't find the project. Please check if there's any typo."),
    gl('thread-gone', 'recipient-unknown', ['the thread you are replying to no longer exists'],
      'NoteableNotFoundError — The thread you are replying to no longer exists, perhaps it was deleted? If you believe this is in error, contact a staff member.'),
    gl('user-not-found', 'sender-rejected', ["couldn't figure out what user corresponds to the email"],
      "UserNotFoundError — We couldn't figure out what user corresponds to the email. Please create your comment through the web interface."),
    gl('user-blocked', 'sender-rejected', ['your account has been blocked. if you believe this is in error'],
      'UserBlockedError — Your account has been blocked. If you believe this is in error, contact a staff member.'),
    gl('not-authorized', 'recipient-policy', ['you are not allowed to perform this action'],
      'UserNotAuthorizedError — You are not allowed to perform this action. If you believe this is in error, contact a staff member.'),
  ],
};

export const INCOMING_APPS: readonly KnowledgeSource[] = [GITLAB_INCOMING];
