#ifndef CGLOSS_SPAWN_H
#define CGLOSS_SPAWN_H

#include <sys/types.h>

/// Starts a program without a shell: `path` (absolute) with `argv` and `envp` (NULL-terminated), in
/// `directory` (NULL: the current one), in its own process group, with default signal handling and an
/// empty signal mask, and with no file descriptor of ours but three new pipes as its stdin, stdout and
/// stderr. Our ends of the pipes are close-on-exec and non-blocking.
///
/// Returns 0 and fills `pid`, `stdin_fd` (we write), `stdout_fd` and `stderr_fd` (we read); or an errno
/// value (ENOENT, EACCES, ENOEXEC, ...) with nothing left open.
///
/// This lives in C because the pieces it needs (pipe2, posix_spawn_file_actions_addchdir_np,
/// posix_spawn_file_actions_addclosefrom_np) are GNU extensions that Swift's Glibc module does not show.
int gloss_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                pid_t *pid, int *stdin_fd, int *stdout_fd, int *stderr_fd);

#endif
