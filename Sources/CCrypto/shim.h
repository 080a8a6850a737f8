#ifndef YOTQA_CCRYPTO_SHIM_H
#define YOTQA_CCRYPTO_SHIM_H
#include <openssl/sha.h>
#include <openssl/crypto.h>
#endif
