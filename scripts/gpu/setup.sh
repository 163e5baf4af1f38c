# Sourced by the scripts in scripts/gpu on the GPU machine, in a scratch folder: registers NVIDIA's OpenCL
# ICD, installs the loaders and the Vulkan validation layer from .gpu's .deb files where the image lacks
# them, unpacks the Java runtime, Dawn and the node suite, and defines $TCC (tcc on that runtime).
mkdir -p /etc/OpenCL/vendors && echo /usr/lib/libnvidia-opencl.so.1 > /etc/OpenCL/vendors/nvidia.icd
[ -e /usr/lib/libnvidia-opencl.so.1 ] || ln -sf "$(ls /usr/lib/x86_64-linux-gnu/libnvidia-opencl.so.1* | head -1)" /usr/lib/libnvidia-opencl.so.1
ldconfig -p | grep -q libOpenCL.so.1 || dpkg -x "$G"/ocl-icd-libopencl1_*.deb /
ldconfig -p | grep -q libvulkan.so.1 || dpkg -x "$G"/libvulkan1_*.deb /
dpkg -x "$G"/vulkan-validationlayers_*.deb /
ldconfig
[ -d jre ] || tar xJf "$G/jre.tar.xz"
[ -f libwebgpu_wrapper.so ] || xz -dc "$G/dawn.so.xz" > libwebgpu_wrapper.so
[ -d node ] || tar xJf "$G/node-t1.tar.xz"
export TCC_VULKAN_VALIDATION=1
TCC="$PWD/jre/bin/java --enable-native-access=ALL-UNNAMED -Dorg.lwjgl.system.memoryBackend=ffm -Xss16m -Dtcc.dawn.lib=$PWD/libwebgpu_wrapper.so -jar $G/tcc.jar"
