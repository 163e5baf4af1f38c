# Sourced by the scripts in scripts/gpu on the GPU machine, in a scratch folder: registers NVIDIA's OpenCL
# ICD, installs the loaders, the Vulkan validation layer and CLBlast from .gpu's .deb files where the image lacks
# them (and libglvnd, which NVIDIA's Vulkan ICD needs), unpacks the Java runtime, Dawn and the node suite, and defines $TCC (tcc on that runtime).
mkdir -p /etc/OpenCL/vendors && echo /usr/lib/libnvidia-opencl.so.1 > /etc/OpenCL/vendors/nvidia.icd
[ -e /usr/lib/libnvidia-opencl.so.1 ] || ln -sf "$(ls /usr/lib/x86_64-linux-gnu/libnvidia-opencl.so.1* | head -1)" /usr/lib/libnvidia-opencl.so.1
ldconfig -p | grep -q libOpenCL.so.1 || dpkg -x "$G"/ocl-icd-libopencl1_*.deb /
ldconfig -p | grep -q libvulkan.so.1 || dpkg -x "$G"/libvulkan1_*.deb /
for d in vulkan-validationlayers libclblast1 libglvnd0 libgl1 libglx0 libegl1 libopengl0 libgles2; do dpkg -x "$G"/${d}_*.deb /; done
ldconfig
NV=/usr/local/nvidia/share
[ -f $NV/vulkan/icd.d/nvidia_icd.json ] && export VK_DRIVER_FILES=$NV/vulkan/icd.d/nvidia_icd.json
[ -f $NV/glvnd/egl_vendor.d/10_nvidia.json ] && export __EGL_VENDOR_LIBRARY_FILENAMES=$NV/glvnd/egl_vendor.d/10_nvidia.json
[ -d jre ] || tar xJf "$G/jre.tar.xz"
[ -f libwebgpu_wrapper.so ] || xz -dc "$G/dawn.so.xz" > libwebgpu_wrapper.so
[ -d node ] || tar xJf "$G/node-t1.tar.xz"
export TCC_VULKAN_VALIDATION=1
# NVIDIA's Vulkan driver installs its own SIGSEGV handler over the JVM's (which the JIT's implicit null checks need):
# libjsig chains the two, else conformance runs on several threads died with SIGSEGV and no JVM error report. And the GL
# driver's threaded-optimisation worker (libEGL_nvidia, loaded with the Vulkan driver) crashed every process at exit.
# ./tcc sets both on machines with NVIDIA's driver.
export LD_PRELOAD=$PWD/jre/lib/libjsig.so __GL_THREADED_OPTIMIZATIONS=0
TCC="$PWD/jre/bin/java --enable-native-access=ALL-UNNAMED -Dorg.lwjgl.system.memoryBackend=ffm -Xss16m -XX:ErrorFile=$PWD/logs/hs_err_%p.log -Dtcc.dawn.lib=$PWD/libwebgpu_wrapper.so -jar $G/tcc.jar"
