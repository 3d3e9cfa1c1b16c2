#ifndef SPOKE_CNCURSES_SHIM_H
#define SPOKE_CNCURSES_SHIM_H

/* SwiftPM drops the defines pkg-config reports, and without these the wide-character
   API (cchar_t, setcchar, wget_wch, mvadd_wch) is hidden by the ncurses headers. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <langinfo.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

/* Globals that Swift 6 rejects as "not concurrency-safe" are read through functions. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

/* newterm instead of initscr because initscr exits the process when the terminal cannot be opened;
   stdin/stdout are globals that Swift 6 cannot read either. */
static inline SCREEN *cn_newterm(void) { return newterm(0, stdout, stdin); }

/* cbreak() leaves XON/XOFF flow control on, so Ctrl-S would freeze all output until Ctrl-Q, and
   IEXTEN makes the tty swallow Ctrl-V. Turn both off for the program mode; ncurses restores the
   shell's settings in endwin() because def_prog_mode() records this state as the program's. */
static inline void cn_pass_control_keys_through(void) {
    struct termios settings;
    if (tcgetattr(STDIN_FILENO, &settings) == 0) {
        settings.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
        settings.c_lflag &= ~(tcflag_t)IEXTEN;
        tcsetattr(STDIN_FILENO, TCSANOW, &settings);
    }
    def_prog_mode();
}

/* A crash (a trap in any thread, a bad access, an abort) must not leave the shell in raw mode on the
   alternate screen. The handler does only what is async-signal-safe: it puts back the terminal settings
   saved before ncurses started, writes the sequences that leave the alternate screen, mouse tracking and
   hidden-cursor mode, then hands the signal to whoever had it before (Swift's backtracer, or the default
   action), so the crash is still reported and the exit status still says which signal it was. */
/* Storage lives in a function: Swift's importer emits the static inline functions it calls, not file-level statics. */
struct cn_crash_state {
    struct termios shell;
    int saved;
    struct sigaction previous[32];
};
static inline struct cn_crash_state *cn_crash_state(void) {
    static struct cn_crash_state state;
    return &state;
}

static inline void cn_restore_after_crash(int number, siginfo_t *info, void *context) {
    (void)info; (void)context;
    struct cn_crash_state *state = cn_crash_state();
    if (state->saved) tcsetattr(STDIN_FILENO, TCSANOW, &state->shell);
    static const char reset[] = "\033[0m\033[?1000l\033[?1002l\033[?1006l\033[?25h\033[?1049l\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    sigaction(number, &state->previous[number], 0);
    raise(number);
}

/* Saves the shell's terminal settings and installs the crash handler; call before ncurses starts. */
static inline void cn_install_crash_restore(void) {
    static const int signals[] = { SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE };
    struct cn_crash_state *state = cn_crash_state();
    if (tcgetattr(STDIN_FILENO, &state->shell) == 0) state->saved = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = cn_restore_after_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction current;
        if (sigaction(signals[i], 0, &current) == 0 && current.sa_sigaction == cn_restore_after_crash) continue;
        sigaction(signals[i], &action, &state->previous[signals[i]]);
    }
}

/* Ctrl-z. ncurses' own SIGTSTP handler leaves curses mode, stops the process and repaints, all inside the
   handler, on whichever thread the signal lands on, while the UI thread may be drawing: two writers on one
   terminal (a test saw half a screen repainted after fg, and a Ctrl-z not acted on). Ours only notes the
   request and wakes the UI thread through its waker pipe (non-blocking); the UI thread then leaves curses
   mode, stops itself (cn_stop_now) and repaints when continued. Installed before newterm, so ncurses, which
   only takes SIGTSTP while its disposition is SIG_DFL, leaves it to us. */
struct cn_stop_state {
    volatile sig_atomic_t requested;
    volatile sig_atomic_t at_once;
    int wake_descriptor;
};
static inline struct cn_stop_state *cn_stop_state(void) {
    static struct cn_stop_state state = { 0, 0, -1 };
    return &state;
}

/* Stops the process as Ctrl-z would have, returning once it is continued (fg). The caller has left curses
   mode. The default action is restored for the raise alone, and SIGTSTP unblocked on this thread for it.
   Every call it makes is async-signal-safe, so the handler may call it too. */
static inline void cn_stop_now(void) {
    struct sigaction stop, ours;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &ours);
    sigset_t only, previous;
    sigemptyset(&only);
    sigaddset(&only, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &only, &previous);
    raise(SIGTSTP);
    pthread_sigmask(SIG_SETMASK, &previous, 0);
    sigaction(SIGTSTP, &ours, 0);
    cn_stop_state()->requested = 0;
}

/* While another program has the terminal (an editor, curses suspended), there is no drawing to race: Ctrl-z
   stops us at once, with the editor, so the shell sees the whole job stopped and fg continues both. */
static inline void cn_stop_at_once(int on) { cn_stop_state()->at_once = on; }

static inline void cn_note_stop_request(int number) {
    (void)number;
    struct cn_stop_state *state = cn_stop_state();
    if (state->at_once) {
        cn_stop_now();
        return;
    }
    state->requested = 1;
    if (state->wake_descriptor >= 0) {
        char byte = 1;
        ssize_t ignored = write(state->wake_descriptor, &byte, 1);
        (void)ignored;
    }
}

/* Takes SIGTSTP; `wake_descriptor` (non-blocking) gets a byte for each request. */
static inline void cn_catch_stop_requests(int wake_descriptor) {
    cn_stop_state()->wake_descriptor = wake_descriptor;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cn_note_stop_request;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTSTP, &action, 0);
}

/* Gives SIGTSTP back its default action (the process is about to leave the terminal for good). */
static inline void cn_release_stop_requests(void) {
    signal(SIGTSTP, SIG_DFL);
    cn_stop_state()->wake_descriptor = -1;
    cn_stop_state()->requested = 0;
    cn_stop_state()->at_once = 0;
}

/* 1 once for each time Ctrl-z (SIGTSTP) arrived since the last call. */
static inline int cn_take_stop_request(void) {
    struct cn_stop_state *state = cn_stop_state();
    if (!state->requested) return 0;
    state->requested = 0;
    return 1;
}

/* glibc hides wcwidth unless _XOPEN_SOURCE was defined before its headers were first read, which
   SwiftPM's module build does not guarantee; declaring it again is harmless. ncurses measures
   characters with it, so the backend must agree with it to keep its screen model aligned. */
int wcwidth(wchar_t c);
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

/* Mouse: the button masks are expression macros Swift cannot import. Clicks and the wheel only;
   mouseinterval(0) reports a press at once instead of waiting to see whether it becomes a click. */
static inline void cn_enable_mouse(int on) {
    mousemask(on ? (BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0, 0);
    mouseinterval(0);
}
/* Reads the pending mouse event: 1 a left press, 4 the wheel up, 5 the wheel down, 0 anything else. */
static inline int cn_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 5;
#endif
    return 0;
}

/* Function-like and expression macros do not import into Swift. */
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline int cn_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == 0) return 0;
    return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't')
        && (codeset[2] == 'F' || codeset[2] == 'f') && (codeset[3] == '-' ? codeset[4] == '8' : codeset[3] == '8');
}

static const attr_t CN_A_NORMAL = A_NORMAL;
static const attr_t CN_A_BOLD = A_BOLD;
static const attr_t CN_A_DIM = A_DIM;
static const attr_t CN_A_UNDERLINE = A_UNDERLINE;
static const attr_t CN_A_REVERSE = A_REVERSE;
#ifdef A_ITALIC
static const attr_t CN_A_ITALIC = A_ITALIC;
#else
static const attr_t CN_A_ITALIC = A_NORMAL;
#endif

static const attr_t CN_WA_NORMAL = WA_NORMAL;
static const attr_t CN_WA_BOLD = WA_BOLD;
static const attr_t CN_WA_DIM = WA_DIM;
static const attr_t CN_WA_UNDERLINE = WA_UNDERLINE;
static const attr_t CN_WA_REVERSE = WA_REVERSE;
#ifdef WA_ITALIC
static const attr_t CN_WA_ITALIC = WA_ITALIC;
#else
static const attr_t CN_WA_ITALIC = WA_NORMAL;
#endif

/* Draws one grapheme (up to a few wide characters) at (y, x) with attributes and pair,
   because building a cchar_t in Swift needs the macro-sized array and is error prone. */
static inline int cn_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, 0) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

#endif
