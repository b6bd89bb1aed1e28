#ifndef HWLENS_CTESSERACT_SHIM_H
#define HWLENS_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
#endif
