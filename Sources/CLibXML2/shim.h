#ifndef DATELINE_CLIBXML2_SHIM_H
#define DATELINE_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its headers clash with Foundation's bundled ICU.
// Nothing here needs ICU, so switch it off before any other libxml2 header.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>

/// `xmlFree` is a mutable C global, which Swift 6 rejects; call it through this.
static inline void dateline_xmlFree(void *pointer) { xmlFree(pointer); }

/// A generic error handler that drops the message (Swift cannot define C variadic functions).
static inline void dateline_ignoreGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// The calling thread's generic error handler, saved so it can be restored.
typedef struct {
    xmlGenericErrorFunc handler;
    void *context;
} dateline_GenericErrorState;

/// Silences libxml2's generic (unstructured) error output on the calling thread only, for code
/// such as XPath evaluation that reports some errors solely that way. Restore promptly, on the same
/// thread, with `dateline_restoreGenericErrors`.
static inline dateline_GenericErrorState dateline_silenceGenericErrors(void) {
    dateline_GenericErrorState saved = { xmlGenericError, xmlGenericErrorContext };
    xmlSetGenericErrorFunc(NULL, dateline_ignoreGenericError);
    return saved;
}

/// Restores the generic error handler saved by `dateline_silenceGenericErrors`.
static inline void dateline_restoreGenericErrors(dateline_GenericErrorState saved) {
    xmlSetGenericErrorFunc(saved.context, saved.handler);
}

/// The calling thread's structured error handler, saved so it can be restored.
typedef struct {
    xmlStructuredErrorFunc handler;
    void *context;
} dateline_StructuredErrorState;

/// Routes the calling thread's structured errors to `handler` (with `context` as its user data)
/// and returns the previous handler. libxml2's HTML parser ignores a context's own `serror`
/// (it only honours it for SAX2 XML contexts), so HTML parsing reports through this instead.
/// Restore promptly, on the same thread, with `dateline_restoreStructuredErrors`.
static inline dateline_StructuredErrorState dateline_setStructuredErrors(void *context, xmlStructuredErrorFunc handler) {
    dateline_StructuredErrorState saved = { xmlStructuredError, xmlStructuredErrorContext };
    xmlSetStructuredErrorFunc(context, handler);
    return saved;
}

/// Restores the structured error handler saved by `dateline_setStructuredErrors`.
static inline void dateline_restoreStructuredErrors(dateline_StructuredErrorState saved) {
    xmlSetStructuredErrorFunc(saved.context, saved.handler);
}

#endif
