#ifndef YOTQA_CLIBPQ_SHIM_H
#define YOTQA_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
