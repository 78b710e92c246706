/* The libxml2 headers Herald uses, behind one module. */
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its headers then clash with Foundation's own ICU. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function-pointer variable: Swift 6 refuses to touch it directly. */
static inline void clibxml2_free(void *p) { xmlFree(p); }

/* A no-op handler, so that libxml2 never prints parse errors on stderr. */
static void clibxml2_silent_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void clibxml2_silent_structured_error(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }
static inline void clibxml2_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, clibxml2_silent_generic_error);
    xmlSetStructuredErrorFunc(NULL, clibxml2_silent_structured_error);
}
