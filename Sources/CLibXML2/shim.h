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

#endif
